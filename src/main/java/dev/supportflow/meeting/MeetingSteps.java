package dev.supportflow.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code bpmn/meeting-request.bpmn} that change the meeting row: each records the
 * outcome the model reached (status, reason, who) on the row and the timeline.
 */
@Component("meetingSteps")
public class MeetingSteps {

  private final MeetingRepository meetings;
  private final Clock clock;

  MeetingSteps(MeetingRepository meetings, Clock clock) {
    this.meetings = meetings;
    this.clock = clock;
  }

  /** L-6.1: the supervisor's decision on the agenda, on the timeline. */
  public void recordAgendaDecision(DelegateExecution execution) {
    boolean approved = Boolean.TRUE.equals(execution.getVariable("agendaApproved"));
    event(
        execution,
        approved ? "AGENDA_APPROVED" : "AGENDA_REFUSED",
        actor(execution),
        (String) execution.getVariable("supervisorNote"));
  }

  /** The meeting is on the calendar at the time the client proposed. */
  public void schedule(DelegateExecution execution) {
    Instant now = clock.instant();
    Instant at = ((Date) execution.getVariable("proposedStart")).toInstant();
    meetings.schedule(number(execution), at, now);
    event(execution, MeetingStatus.SCHEDULED.name(), null, null);
  }

  /**
   * Refused (by the supervisor, or at once for an ad-hoc meeting without an agreed rate), with the
   * reason.
   */
  public void reject(DelegateExecution execution, String reason) {
    meetings.reject(number(execution), reason, clock.instant());
    event(execution, MeetingStatus.REJECTED.name(), null, reason);
  }

  /** L-6.1: the supervisor refused the agenda; the reason is the supervisor's note. */
  public void rejectAgenda(DelegateExecution execution) {
    Object note = execution.getVariable("supervisorNote");
    reject(
        execution,
        note == null || note.toString().isBlank()
            ? "Pauta não aprovada pelo supervisor."
            : "Pauta não aprovada pelo supervisor: " + note);
  }

  /** Nothing more happens: the client gave up, declined the quote or let it expire. */
  public void close(DelegateExecution execution, String why) {
    meetings.updateStatus(number(execution), MeetingStatus.CLOSED, clock.instant());
    event(execution, MeetingStatus.CLOSED.name(), null, why);
  }

  /** L-6.2: the client insists on a refused meeting; a consulting quote follows. */
  public void recordInsistence(DelegateExecution execution) {
    event(execution, "INSISTED", (String) execution.getVariable("insistedBy"), null);
  }

  private void event(DelegateExecution execution, String kind, String actor, String detail) {
    meetings.addEvent(number(execution), clock.instant(), kind, actor, detail);
  }

  private static String actor(DelegateExecution execution) {
    return (String) execution.getVariable("lastCompletedBy");
  }

  private static long number(DelegateExecution execution) {
    return Meeting.TYPE.numberOf(execution.getProcessBusinessKey());
  }
}
