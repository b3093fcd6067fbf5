package dev.supportflow.meeting;

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
    Instant createdAt) {}
