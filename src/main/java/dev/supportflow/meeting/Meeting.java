package dev.supportflow.meeting;

import dev.supportflow.clientrecord.ClientRecord;
import dev.supportflow.clientrecord.ClientRecordType;
import java.time.Instant;

/** A meeting row: what the client asked for and where it stands. */
record Meeting(
    long number,
    String tenant,
    String clientId,
    MeetingStatus status,
    String agenda,
    Instant proposedStart,
    int durationMinutes,
    Instant scheduledFor,
    String reason,
    String createdBy,
    Instant createdAt)
    implements ClientRecord {

  static final ClientRecordType TYPE = ClientRecordType.withPrefix("MEETING", "meeting", "MTG");
}
