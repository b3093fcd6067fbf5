package dev.supportflow.training;

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

/** Training rows ({@code TRN-000123}) and their timeline. */
@Repository
class TrainingRepository extends ClientRecordTable<Training, TrainingStatus> {

  TrainingRepository(JdbcClient jdbc, Timeline timeline) {
    super(jdbc, timeline, Training.TYPE, TrainingStatus.class);
  }

  /**
   * A new training: its hours, the part booked from the plan's balance and the part beyond it, to
   * be quoted.
   */
  long insert(
      String tenant,
      String clientId,
      String topic,
      BigDecimal hours,
      BigDecimal bookedHours,
      BigDecimal excessHours,
      Instant preferredDate,
      String createdBy,
      Instant now) {
    return insert(
        """
            INSERT INTO training (tenant, client_id, status, topic, hours, booked_hours, excess_hours, preferred_date,
              created_by, created_at, updated_at)
            VALUES (?, ?, 'REQUESTED', ?, ?, ?, ?, ?, ?, ?, ?)
            """,
        tenant,
        clientId,
        topic,
        hours,
        bookedHours,
        excessHours,
        utc(preferredDate),
        createdBy,
        utc(now),
        utc(now));
  }

  @Override
  protected Training map(ResultSet rs, int row) throws SQLException {
    return new Training(
        rs.getLong("training_number"),
        rs.getString("tenant"),
        rs.getString("client_id"),
        TrainingStatus.valueOf(rs.getString("status")),
        rs.getString("topic"),
        rs.getBigDecimal("hours"),
        rs.getBigDecimal("booked_hours"),
        rs.getBigDecimal("excess_hours"),
        instant(rs, "preferred_date"),
        rs.getString("created_by"),
        instant(rs, "created_at"));
  }
}
