package dev.supportflow.meeting;

import dev.supportflow.billing.BillableSubject;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Meetings as the consent process sees them: quote progress moves the row's status and shows on its timeline. */
@Component
class MeetingSubject implements BillableSubject {

  static final String TYPE = "MEETING";

  private final MeetingRepository meetings;

  MeetingSubject(MeetingRepository meetings) {
    this.meetings = meetings;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public void statusChanged(String subjectId, String status, Instant at) {
    meetings.updateStatus(number(subjectId), MeetingStatus.valueOf(status), at);
  }

  @Override
  public void recordEvent(String subjectId, Instant at, String kind, String actor, String detail) {
    meetings.addEvent(number(subjectId), at, kind, actor == null ? "system" : actor, detail);
  }

  static long number(String meetingId) {
    return MeetingIds.parse(meetingId).orElseThrow(() -> new IllegalStateException("Not a meeting id: " + meetingId));
  }
}
