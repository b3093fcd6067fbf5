package dev.supportflow.meeting;

import dev.supportflow.ticket.TimelineEntry;
import dev.supportflow.web.Paging;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Meeting rows and their timeline. Every write joins the caller's transaction (and so the engine's). */
@Repository
class MeetingRepository {

  private final JdbcClient jdbc;

  MeetingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(Meeting m) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO meeting (tenant, client_id, status, agenda, proposed_start, duration_minutes, created_by,
              created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(m.tenant(), m.clientId(), m.status().name(), m.agenda(), utc(m.proposedStart()),
            m.durationMinutes(), m.createdBy(), utc(m.createdAt()), utc(m.createdAt()))
        .update(key, "meeting_number");
    return key.getKeyAs(Number.class).longValue();
  }

  Optional<Meeting> find(long number) {
    return jdbc.sql("SELECT * FROM meeting WHERE meeting_number = ?").param(number)
        .query(MeetingRepository::map).optional();
  }

  /** A page of meetings, newest first; a null tenant, client or status means any. */
  List<Meeting> list(String tenant, String clientId, MeetingStatus status, Paging paging) {
    return paging.newestFirst(jdbc, "meeting", tenant, clientId, status, MeetingRepository::map);
  }

  void updateStatus(long number, MeetingStatus status, Instant now) {
    jdbc.sql("UPDATE meeting SET status = ?, updated_at = ? WHERE meeting_number = ?")
        .params(status.name(), utc(now), number).update();
  }

  void reject(long number, String reason, Instant now) {
    jdbc.sql("UPDATE meeting SET status = 'REJECTED', reason = ?, updated_at = ? WHERE meeting_number = ?")
        .params(reason, utc(now), number).update();
  }

  void schedule(long number, Instant scheduledFor, Instant now) {
    jdbc.sql("UPDATE meeting SET status = 'SCHEDULED', scheduled_for = ?, updated_at = ? WHERE meeting_number = ?")
        .params(utc(scheduledFor), utc(now), number).update();
  }

  void addEvent(long number, Instant at, String kind, String actor, String detail) {
    jdbc.sql("INSERT INTO meeting_event (meeting_number, occurred_at, kind, actor, detail) VALUES (?, ?, ?, ?, ?)")
        .params(number, utc(at), kind, actor,
            detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000))
        .update();
  }

  List<TimelineEntry> timeline(long number) {
    return jdbc.sql("""
            SELECT occurred_at, kind, actor, detail FROM meeting_event WHERE meeting_number = ? ORDER BY event_id
            """)
        .param(number)
        .query((rs, i) -> new TimelineEntry(instant(rs, "occurred_at"), rs.getString("kind"),
            rs.getString("actor"), rs.getString("detail")))
        .list();
  }

  private static Meeting map(ResultSet rs, int row) throws SQLException {
    return new Meeting(rs.getLong("meeting_number"), rs.getString("tenant"), rs.getString("client_id"),
        MeetingStatus.valueOf(rs.getString("status")), rs.getString("agenda"), instant(rs, "proposed_start"),
        rs.getInt("duration_minutes"), instant(rs, "scheduled_for"), rs.getString("reason"),
        rs.getString("created_by"), instant(rs, "created_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
