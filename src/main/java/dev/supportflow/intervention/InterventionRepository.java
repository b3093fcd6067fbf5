package dev.supportflow.intervention;

import static dev.supportflow.clientrecord.Rows.instant;
import static dev.supportflow.clientrecord.Rows.utc;

import dev.supportflow.clientrecord.ClientRecordTable;
import dev.supportflow.clientrecord.Timeline;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Intervention rows ({@code INT-000123}, one sequence for every tenant) and their timeline. */
@Repository
class InterventionRepository extends ClientRecordTable<Intervention, InterventionStatus> {

  InterventionRepository(JdbcClient jdbc, Timeline timeline) {
    super(jdbc, timeline, Intervention.TYPE, InterventionStatus.class);
  }

  long insert(
      String tenant,
      String clientId,
      InterventionKind kind,
      Instant preferredDate,
      String notes,
      BigDecimal estimatedHours,
      String createdBy,
      Instant now) {
    return insert(
        """
            INSERT INTO intervention (tenant, client_id, kind, status, preferred_date, notes, estimated_hours,
              created_by, created_at, updated_at)
            VALUES (?, ?, ?, 'REQUESTED', ?, ?, ?, ?, ?, ?)
            """,
        tenant,
        clientId,
        kind.name(),
        utc(preferredDate),
        notes,
        estimatedHours,
        createdBy,
        utc(now),
        utc(now));
  }

  void schedule(long number, Instant scheduledFor, Instant now) {
    jdbc.sql(
            """
            UPDATE intervention SET status = 'SCHEDULED', scheduled_for = ?, updated_at = ?
            WHERE intervention_number = ?
            """)
        .params(utc(scheduledFor), utc(now), number)
        .update();
  }

  void resolve(long number, String report, Instant now) {
    jdbc.sql(
            """
            UPDATE intervention SET status = 'RESOLVED', report = ?, resolved_at = ?, updated_at = ?
            WHERE intervention_number = ?
            """)
        .params(Timeline.cut(report), utc(now), utc(now), number)
        .update();
  }

  @Override
  protected Intervention map(ResultSet rs, int row) throws SQLException {
    return new Intervention(
        rs.getLong("intervention_number"),
        rs.getString("tenant"),
        rs.getString("client_id"),
        InterventionKind.valueOf(rs.getString("kind")),
        InterventionStatus.valueOf(rs.getString("status")),
        instant(rs, "preferred_date"),
        instant(rs, "scheduled_for"),
        rs.getString("notes"),
        rs.getBigDecimal("estimated_hours"),
        rs.getString("report"),
        rs.getString("created_by"),
        instant(rs, "created_at"),
        instant(rs, "resolved_at"));
  }
}
