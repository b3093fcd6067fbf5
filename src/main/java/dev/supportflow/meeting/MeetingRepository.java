package dev.supportflow.meeting;

import static dev.supportflow.clientrecord.Rows.instant;
import static dev.supportflow.clientrecord.Rows.utc;

import dev.supportflow.clientrecord.ClientRecordTable;
import dev.supportflow.clientrecord.Timeline;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Meeting rows ({@code MTG-000123}) and their timeline. */
@Repository
class MeetingRepository extends ClientRecordTable<Meeting, MeetingStatus> {

  MeetingRepository(JdbcClient jdbc, Timeline timeline) {
    super(jdbc, timeline, Meeting.TYPE, MeetingStatus.class);
  }

  long insert(
      String tenant,
      String clientId,
      String agenda,
      Instant proposedStart,
      int durationMinutes,
      String createdBy,
      Instant now) {
    return insert(
        """
            INSERT INTO meeting (tenant, client_id, status, agenda, proposed_start, duration_minutes, created_by,
              created_at, updated_at)
            VALUES (?, ?, 'PENDING_APPROVAL', ?, ?, ?, ?, ?, ?)
            """,
        tenant,
        clientId,
        agenda,
        utc(proposedStart),
        durationMinutes,
        createdBy,
        utc(now),
        utc(now));
  }

  void reject(long number, String reason, Instant now) {
    jdbc.sql(
            "UPDATE meeting SET status = 'REJECTED', reason = ?, updated_at = ? WHERE meeting_number = ?")
        .params(reason, utc(now), number)
        .update();
  }

  void schedule(long number, Instant scheduledFor, Instant now) {
    jdbc.sql(
            "UPDATE meeting SET status = 'SCHEDULED', scheduled_for = ?, updated_at = ? WHERE meeting_number = ?")
        .params(utc(scheduledFor), utc(now), number)
        .update();
  }

  @Override
  protected Meeting map(ResultSet rs, int row) throws SQLException {
    return new Meeting(
        rs.getLong("meeting_number"),
        rs.getString("tenant"),
        rs.getString("client_id"),
        MeetingStatus.valueOf(rs.getString("status")),
        rs.getString("agenda"),
        instant(rs, "proposed_start"),
        rs.getInt("duration_minutes"),
        instant(rs, "scheduled_for"),
        rs.getString("reason"),
        rs.getString("created_by"),
        instant(rs, "created_at"));
  }
}
