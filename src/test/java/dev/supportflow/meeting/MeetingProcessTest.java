package dev.supportflow.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import dev.supportflow.Requests;
import dev.supportflow.SupportFlowIntegrationTest;
import dev.supportflow.clientrecord.TimelineEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of bpmn/meeting-request.bpmn, started the way the API starts it, with the clock under
 * control.
 */
class MeetingProcessTest extends SupportFlowIntegrationTest {

  // 2026-11-23 is a Monday.
  private static final String MONDAY_10_00 = "2026-11-23T10:00";
  private static final String WEDNESDAY_14_00 = "2026-11-25T14:00";

  @Autowired MeetingService meetings;

  @Test
  @DisplayName(
      "L-6.1 a day's notice and an agenda: PENDING_APPROVAL, the supervisors approve the agenda, SCHEDULED at the proposed start")
  void approvedAgendaIsScheduled() {
    clockAt(MONDAY_10_00);
    MeetingView meeting = request("leiloes-premium", WEDNESDAY_14_00, 60);

    assertThat(meeting.status()).isEqualTo(MeetingStatus.PENDING_APPROVAL);
    assertThat(meeting.id()).matches("MTG-\\d{6}");
    ProcessInstance instance = meetingInstance(meeting);
    assertThat(instance).isWaitingAt("Task_ApproveAgenda");
    Task task = task(instance);
    assertThat(task).hasCandidateGroup("supervisors");
    assertThat(task.getTenantId()).isEqualTo("leiloes");
    assertThat(task.getDueDate().toInstant()).isEqualTo(local(WEDNESDAY_14_00));
    assertThat(runtimeService.getVariables(instance.getId()))
        .containsEntry("proposedStartText", "25/11/2026 14:00")
        .containsEntry("agenda", "Revisão do leilão de dezembro")
        .containsKey("plan");

    taskService.complete(task.getId(), Map.of("agendaApproved", true, "supervisorNote", "ok"));

    MeetingView scheduled = get(meeting);
    assertThat(scheduled.status()).isEqualTo(MeetingStatus.SCHEDULED);
    assertThat(scheduled.scheduledFor()).isEqualTo(local(WEDNESDAY_14_00));
    assertThat(scheduled.quote()).isNull();
    assertThat(scheduled.timeline())
        .extracting(TimelineEntry::kind)
        .containsExactly("REQUESTED", "AGENDA_APPROVED", "SCHEDULED");
    assertThat(instance).isEnded();
  }

  @Test
  @DisplayName(
      "L-6.2 refused agenda, the client insists and accepts the consulting quote: SCHEDULED only after the consent")
  void insistedMeetingIsScheduledAfterConsent() {
    MeetingView meeting = refusedMeeting();
    meetings.insist(client("leiloes-premium", "leiloes"), meeting.id());

    ProcessInstance consent = consentInstance(meeting.id());
    assertThat(consent).isWaitingAt("Task_PrepareQuote");
    // The quote is due before the meeting it is for (its quoteDeadline).
    assertThat(openTask(meeting.id(), "Task_PrepareQuote").getDueDate().toInstant())
        .isEqualTo(local(WEDNESDAY_14_00));
    assertThat(runtimeService.getVariables(consent.getId()))
        .containsEntry("workKind", "CONSULTING_MEETING")
        .containsEntry("estimatedHours", 1.5)
        .containsEntry("subjectType", "MEETING")
        .containsEntry("subjectId", meeting.id())
        .containsEntry("accountManager", "leiloes-manager");
    assertThat(get(meeting).status()).isEqualTo(MeetingStatus.AWAITING_QUOTE);
    completeQuote(meeting.id(), 2.0, 250.0);
    MeetingView quoted = get(meeting);
    assertThat(quoted.status()).isEqualTo(MeetingStatus.AWAITING_CONSENT);
    assertThat(quoted.quote().amount()).isEqualByComparingTo(new BigDecimal("500.00"));
    assertThat(quoted.quote().workKind()).isEqualTo("CONSULTING_MEETING");

    meetings.answer(client("leiloes-premium", "leiloes"), meeting.id(), true);

    MeetingView scheduled = get(meeting);
    assertThat(scheduled.status()).isEqualTo(MeetingStatus.SCHEDULED);
    assertThat(scheduled.quote().status()).isEqualTo("ACCEPTED");
    assertThat(scheduled.quote().answeredBy()).isEqualTo("leiloes-premium");
    assertThat(scheduled.quote().answeredChannel()).isEqualTo("API");
    assertThat(scheduled.timeline())
        .extracting(TimelineEntry::kind)
        .containsExactly(
            "REQUESTED",
            "AGENDA_REFUSED",
            "REJECTED",
            "INSISTED",
            "QUOTE_REQUESTED",
            "QUOTE_READY",
            "CONSENT_ACCEPTED",
            "SCHEDULED");
    assertThat(scheduled.timeline())
        .filteredOn(e -> e.kind().equals("CONSENT_ACCEPTED"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actor()).isEqualTo("leiloes-premium");
              assertThat(e.detail()).contains("API");
            });
    assertThat(endedMeetingPath(meeting))
        .contains("Activity_ConsultingQuote", "Task_ScheduleMeeting");
  }

  @Test
  @DisplayName(
      "L-6.2 refused agenda, the client insists, then declines the consulting quote: CLOSED, never scheduled")
  void declinedConsultingQuoteCloses() {
    MeetingView meeting = refusedMeeting();
    meetings.insist(client("leiloes-premium", "leiloes"), meeting.id());
    completeQuote(meeting.id(), 2.0, 250.0);

    meetings.answer(client("leiloes-premium", "leiloes"), meeting.id(), false);

    MeetingView closed = get(meeting);
    assertThat(closed.status()).isEqualTo(MeetingStatus.CLOSED);
    assertThat(closed.scheduledFor()).isNull();
    assertThat(closed.quote().status()).isEqualTo("DECLINED");
    assertThat(endedMeetingPath(meeting)).contains("Task_CloseConsulting");
  }

  @Test
  @DisplayName(
      "L-6.2 refused agenda, the client insists, the consulting quote expires unanswered: CLOSED")
  void expiredConsultingQuoteCloses() {
    MeetingView meeting = refusedMeeting();
    meetings.insist(client("leiloes-premium", "leiloes"), meeting.id());
    ProcessInstance consent = consentInstance(meeting.id());
    completeQuote(meeting.id(), 2.0, 250.0);
    Instant validUntil = get(meeting).quote().validUntil();

    clockAt(validUntil.plusSeconds(60));
    execute(job(consent));

    MeetingView closed = get(meeting);
    assertThat(closed.status()).isEqualTo(MeetingStatus.CLOSED);
    assertThat(closed.quote().status()).isEqualTo("EXPIRED");
    assertThat(closed.timeline())
        .extracting(TimelineEntry::kind)
        .contains("CONSENT_EXPIRED", "CLOSED");
    assertThat(endedMeetingPath(meeting)).contains("Task_CloseConsulting");
  }

  @Test
  @DisplayName("L-6.2 a refused meeting nobody insists on for 7 days is CLOSED")
  void refusedMeetingWithoutInsistenceCloses() {
    MeetingView meeting = refusedMeeting();
    ProcessInstance instance = meetingInstance(meeting);

    clockAt("2026-12-01T10:01");
    execute(job(instance));

    assertThat(get(meeting).status()).isEqualTo(MeetingStatus.CLOSED);
    assertThat(instance).hasPassed("Task_CloseGaveUp").isEnded();
  }

  @Test
  @DisplayName(
      "L-6.3 under a day's notice with a rate agreed in the contract: quoted at that rate, SCHEDULED after the client accepts")
  void adHocMeetingWithAgreedRate() {
    clockAt(MONDAY_10_00);
    MeetingView meeting = request("leiloes-enterprise", "2026-11-23T16:00", 90);

    assertThat(meeting.status()).isEqualTo(MeetingStatus.AWAITING_QUOTE);
    ProcessInstance consent = consentInstance(meeting.id());
    assertThat(consent).isWaitingAt("Task_PrepareQuote");
    assertThat(runtimeService.getVariables(consent.getId()))
        .containsEntry("workKind", "AD_HOC_MEETING")
        .containsEntry("agreedRate", 300.0)
        .containsEntry("quoteHourlyRate", 300.0)
        .containsEntry("quoteHours", 1.5);
    completeQuote(meeting.id(), 1.5, 300.0);

    MeetingView quoted = get(meeting);
    assertThat(quoted.status()).isEqualTo(MeetingStatus.AWAITING_CONSENT);
    assertThat(quoted.quote().hourlyRate()).isEqualByComparingTo(new BigDecimal("300.00"));
    assertThat(quoted.quote().amount()).isEqualByComparingTo(new BigDecimal("450.00"));
    meetings.answer(client("leiloes-enterprise", "leiloes"), meeting.id(), true);

    MeetingView scheduled = get(meeting);
    assertThat(scheduled.status()).isEqualTo(MeetingStatus.SCHEDULED);
    assertThat(scheduled.scheduledFor()).isEqualTo(local("2026-11-23T16:00"));
    assertThat(endedMeetingPath(meeting))
        .contains("Task_ScheduleAdHoc")
        .doesNotContain("Task_ApproveAgenda");
  }

  @Test
  @DisplayName(
      "L-6.3 under a day's notice with a rate agreed in the contract, quote declined: CLOSED")
  void adHocMeetingDeclined() {
    clockAt(MONDAY_10_00);
    MeetingView meeting = request("leiloes-enterprise", "2026-11-24T09:00", 60);
    completeQuote(meeting.id(), 2.0, 250.0);

    meetings.answer(client("leiloes-enterprise", "leiloes"), meeting.id(), false);

    assertThat(get(meeting).status()).isEqualTo(MeetingStatus.CLOSED);
    assertThat(endedMeetingPath(meeting)).contains("Task_CloseAdHoc");
  }

  @Test
  @DisplayName(
      "L-6.3 under a day's notice and no agreed rate: REJECTED at once with the reason, no supervisor, no quote")
  void adHocMeetingWithoutRateIsRejected() {
    clockAt(MONDAY_10_00);
    MeetingView meeting = request("leiloes-premium", "2026-11-24T09:59", 60);

    assertThat(meeting.status()).isEqualTo(MeetingStatus.REJECTED);
    assertThat(meeting.reason()).contains("avulsas");
    assertThat(meeting.quote()).isNull();
    assertThat(meetingInstance(meeting)).isNull();
    assertThat(endedMeetingPath(meeting))
        .contains("Task_RejectAdHoc")
        .doesNotContain("Task_ApproveAgenda");
  }

  private MeetingView refusedMeeting() {
    clockAt(MONDAY_10_00);
    MeetingView meeting = request("leiloes-premium", WEDNESDAY_14_00, 90);
    ProcessInstance instance = meetingInstance(meeting);
    taskService.complete(
        task(instance).getId(),
        Map.of("agendaApproved", false, "supervisorNote", "Assunto cabe em um chamado"));
    MeetingView refused = get(meeting);
    assertThat(refused.status()).isEqualTo(MeetingStatus.REJECTED);
    assertThat(refused.reason()).contains("Assunto cabe em um chamado");
    assertThat(instance).isWaitingFor("MeetingInsisted");
    return refused;
  }

  private MeetingView request(String clientId, String saoPauloStart, int minutes) {
    return meetings.request(client(clientId, "leiloes"), Requests.meeting(saoPauloStart, minutes));
  }

  private MeetingView get(MeetingView meeting) {
    return meetings.get(client(meeting.clientId(), meeting.tenant()), meeting.id());
  }

  private ProcessInstance meetingInstance(MeetingView meeting) {
    return processInstance(meeting.id(), "meeting-request");
  }

  /** The finished meeting process: ended, and the activities it went through. */
  private List<String> endedMeetingPath(MeetingView meeting) {
    HistoricProcessInstance historic =
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(meeting.id())
            .processDefinitionKey("meeting-request")
            .singleResult();
    assertThat(historic.getEndTime()).as("meeting process ended").isNotNull();
    return historyService
        .createHistoricActivityInstanceQuery()
        .processInstanceId(historic.getId())
        .list()
        .stream()
        .map(HistoricActivityInstance::getActivityId)
        .toList();
  }
}
