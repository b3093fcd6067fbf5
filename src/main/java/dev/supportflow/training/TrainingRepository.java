package dev.supportflow.training;

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

/** Training rows and their timeline. Every write joins the caller's transaction (and so the engine's). */
@Repository
class TrainingRepository {

  private final JdbcClient jdbc;

  TrainingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(Training t) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO training (tenant, client_id, status, topic, hours, booked_hours, excess_hours, preferred_date,
              created_by, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(t.tenant(), t.clientId(), t.status().name(), t.topic(), t.hours(), t.bookedHours(),
            t.excessHours(), utc(t.preferredDate()), t.createdBy(), utc(t.createdAt()), utc(t.createdAt()))
        .update(key, "training_number");
    return key.getKeyAs(Number.class).longValue();
  }

  Optional<Training> find(long number) {
    return jdbc.sql("SELECT * FROM training WHERE training_number = ?").param(number)
        .query(TrainingRepository::map).optional();
  }

  /** A page of trainings, newest first; a null tenant, client or status means any. */
  List<Training> list(String tenant, String clientId, TrainingStatus status, Paging paging) {
    return paging.newestFirst(jdbc, "training", tenant, clientId, status, TrainingRepository::map);
  }

  void updateStatus(long number, TrainingStatus status, Instant now) {
    jdbc.sql("UPDATE training SET status = ?, updated_at = ? WHERE training_number = ?")
        .params(status.name(), utc(now), number).update();
  }

  void addEvent(long number, Instant at, String kind, String actor, String detail) {
    jdbc.sql("INSERT INTO training_event (training_number, occurred_at, kind, actor, detail) VALUES (?, ?, ?, ?, ?)")
        .params(number, utc(at), kind, actor,
            detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000))
        .update();
  }

  List<TimelineEntry> timeline(long number) {
    return jdbc.sql("""
            SELECT occurred_at, kind, actor, detail FROM training_event WHERE training_number = ? ORDER BY event_id
            """)
        .param(number)
        .query((rs, i) -> new TimelineEntry(instant(rs, "occurred_at"), rs.getString("kind"),
            rs.getString("actor"), rs.getString("detail")))
        .list();
  }

  private static Training map(ResultSet rs, int row) throws SQLException {
    return new Training(rs.getLong("training_number"), rs.getString("tenant"), rs.getString("client_id"),
        TrainingStatus.valueOf(rs.getString("status")), rs.getString("topic"), rs.getBigDecimal("hours"),
        rs.getBigDecimal("booked_hours"), rs.getBigDecimal("excess_hours"),
        instant(rs, "preferred_date"), rs.getString("created_by"), instant(rs, "created_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
