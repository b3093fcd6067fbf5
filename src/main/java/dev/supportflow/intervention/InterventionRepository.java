package dev.supportflow.intervention;

import java.math.BigDecimal;
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

/** Intervention rows and their timeline. Every write joins the caller's transaction (and so the engine's). */
@Repository
class InterventionRepository {

  private final JdbcClient jdbc;

  InterventionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String tenant, String clientId, InterventionKind kind, Instant preferredDate, String notes,
      BigDecimal estimatedHours, String createdBy, Instant now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO intervention (tenant, client_id, kind, status, preferred_date, notes, estimated_hours,
              created_by, created_at, updated_at)
            VALUES (?, ?, ?, 'REQUESTED', ?, ?, ?, ?, ?, ?)
            """)
        .params(tenant, clientId, kind.name(), utc(preferredDate), notes, estimatedHours, createdBy, utc(now),
            utc(now))
        .update(key, "intervention_number");
    return key.getKeyAs(Number.class).longValue();
  }

  Optional<Intervention> find(long number) {
    return jdbc.sql("SELECT * FROM intervention WHERE intervention_number = ?").param(number)
        .query(InterventionRepository::map).optional();
  }

  /** A page of interventions, newest first; a null tenant, client or status means any. */
  List<Intervention> list(String tenant, String clientId, InterventionStatus status, Paging paging) {
    return paging.newestFirst(jdbc, "intervention", tenant, clientId, status, InterventionRepository::map);
  }

  void updateStatus(long number, InterventionStatus status, Instant now) {
    jdbc.sql("UPDATE intervention SET status = ?, updated_at = ? WHERE intervention_number = ?")
        .params(status.name(), utc(now), number).update();
  }

  void schedule(long number, Instant scheduledFor, Instant now) {
    jdbc.sql("""
            UPDATE intervention SET status = 'SCHEDULED', scheduled_for = ?, updated_at = ?
            WHERE intervention_number = ?
            """)
        .params(utc(scheduledFor), utc(now), number).update();
  }

  void resolve(long number, String report, Instant now) {
    jdbc.sql("""
            UPDATE intervention SET status = 'RESOLVED', report = ?, resolved_at = ?, updated_at = ?
            WHERE intervention_number = ?
            """)
        .params(truncate(report), utc(now), utc(now), number).update();
  }

  void addEvent(long number, Instant at, String kind, String actor, String detail) {
    jdbc.sql("""
            INSERT INTO intervention_event (intervention_number, occurred_at, kind, actor, detail)
            VALUES (?, ?, ?, ?, ?)
            """)
        .params(number, utc(at), kind, actor, truncate(detail)).update();
  }

  List<InterventionEvent> timeline(long number) {
    return jdbc.sql("""
            SELECT occurred_at, kind, actor, detail FROM intervention_event WHERE intervention_number = ?
            ORDER BY event_id
            """)
        .param(number)
        .query((rs, i) -> new InterventionEvent(instant(rs, "occurred_at"), rs.getString("kind"),
            rs.getString("actor"), rs.getString("detail")))
        .list();
  }

  private static Intervention map(ResultSet rs, int row) throws SQLException {
    return new Intervention(rs.getLong("intervention_number"), rs.getString("tenant"), rs.getString("client_id"),
        InterventionKind.valueOf(rs.getString("kind")), InterventionStatus.valueOf(rs.getString("status")),
        instant(rs, "preferred_date"), instant(rs, "scheduled_for"), rs.getString("notes"),
        rs.getBigDecimal("estimated_hours"), rs.getString("report"), rs.getString("created_by"),
        instant(rs, "created_at"), instant(rs, "resolved_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static String truncate(String text) {
    return text == null || text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
  }
}
