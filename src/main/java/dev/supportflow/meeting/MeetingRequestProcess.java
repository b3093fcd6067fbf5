package dev.supportflow.meeting;

import dev.supportflow.calendar.BusinessCalendars;
import dev.supportflow.client.ClientContract;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Starts {@code bpmn/meeting-request.bpmn} for a new meeting (business key: the meeting id) and
 * delivers the client's insistence after a refusal. The variables are what the gateways, the
 * supervisor's form and the {@code billable-work-consent} call read; the notice rule itself (24 h)
 * lives in the model.
 */
@Component
class MeetingRequestProcess {

  static final String PROCESS_KEY = "meeting-request";
  static final String INSISTED = "MeetingInsisted";
  private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final RuntimeService runtimeService;
  private final BusinessCalendars calendars;

  MeetingRequestProcess(RuntimeService runtimeService, BusinessCalendars calendars) {
    this.runtimeService = runtimeService;
    this.calendars = calendars;
  }

  void start(String meetingId, Meeting m, ClientContract plan, Instant requestedAt) {
    double noticeHours = Duration.between(requestedAt, m.proposedStart()).toMinutes() / 60.0;
    String when = HUMAN.format(m.proposedStart().atZone(calendars.forTenant(m.tenant()).zone()));
    VariableMap variables =
        Variables.createVariables()
            .putValue("meetingId", meetingId)
            .putValue("subjectType", Meeting.TYPE.name())
            .putValue("subjectId", meetingId)
            .putValue("tenant", m.tenant())
            .putValue("clientId", m.clientId())
            .putValue("accountManager", plan.accountManager())
            .putValue("plan", plan.summary())
            .putValue("agenda", m.agenda())
            .putValue("proposedStart", Date.from(m.proposedStart()))
            .putValue("proposedStartText", when)
            .putValue("durationMinutes", m.durationMinutes())
            .putValue("noticeHours", noticeHours)
            .putValue("estimatedHours", m.durationMinutes() / 60.0)
            .putValue(
                "agreedRate",
                plan.adHocMeetingRate() == null ? null : plan.adHocMeetingRate().doubleValue())
            .putValue(
                "workSummary",
                "Reunião de %d min em %s. Pauta: %s"
                    .formatted(m.durationMinutes(), when, m.agenda()));
    runtimeService.startProcessInstanceByKey(PROCESS_KEY, meetingId, variables);
  }

  /**
   * Throws MismatchingMessageCorrelationException when the meeting does not wait for the client to
   * insist.
   */
  void insist(String meetingId, String insistedBy) {
    runtimeService
        .createMessageCorrelation(INSISTED)
        .processInstanceBusinessKey(meetingId)
        .setVariable("insistedBy", insistedBy)
        .correlate();
  }
}
