package dev.supportflow.ticket;

import static dev.supportflow.Requests.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dev.supportflow.SupportFlowIntegrationTest;
import dev.supportflow.clientrecord.TimelineEntry;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of bpmn/ticket-intake.bpmn, started the way the API starts it, with the clock under
 * control.
 */
class TicketIntakeProcessTest extends SupportFlowIntegrationTest {

  // 2026-11-23 is a Monday; 2026-11-27 a Friday; 2026-11-28 a Saturday.
  private static final String MONDAY_10_00 = "2026-11-23T10:00";

  @Autowired TicketIntake intake;
  @Autowired TicketReads tickets;
  @Autowired MeterRegistry meters;

  @Test
  @DisplayName(
      "L-2.2 in business hours, no auction: OPEN, first response due in 30 business minutes, offered to the tenant's analysts")
  void inHoursTicketWaitsForFirstResponse() {
    clockAt(MONDAY_10_00);
    TicketView ticket = open("leiloes-basic", "leiloes", incident(Symptom.DEGRADED, false, null));

    assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(ticket.emergency()).isFalse();
    assertThat(ticket.outOfHours()).isFalse();
    assertThat(ticket.firstResponseDueAt()).isEqualTo(local("2026-11-23T10:30"));
    assertThat(ticket.resolutionDueAt()).isNull();
    ProcessInstance instance = instance(ticket);
    assertThat(instance).isWaitingAt("Task_FirstResponse");
    assertThat(task(instance)).hasCandidateGroup("analysts");
    assertThat(task(instance).getTenantId()).isEqualTo("leiloes");
    assertThat(task(instance).getPriority()).isEqualTo(50);
  }

  @Test
  @DisplayName(
      "L-2.2 business minutes left at closing carry over: 17:45 + 30 min is due next day 08:15")
  void businessMinutesCarryOverTheNight() {
    clockAt("2026-11-23T17:45");
    TicketView ticket = open("leiloes-basic", "leiloes", incident(Symptom.DEGRADED, false, null));

    assertThat(ticket.firstResponseDueAt()).isEqualTo(local("2026-11-24T08:15"));
  }

  @Test
  @DisplayName(
      "L-2.2 auction in progress: immediate first response, 5 minutes on a 24x7 clock even past closing")
  void auctionInProgressIsImmediate() {
    clockAt("2026-11-23T17:58");
    TicketView ticket = open("leiloes-basic", "leiloes", incident(Symptom.DEGRADED, true, null));

    assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(ticket.firstResponseDueAt()).isEqualTo(local("2026-11-23T18:03"));
  }

  @Test
  @DisplayName(
      "L-4.2 out-of-hours emergency: OPEN at once, free, offered to every analyst; the first claim wins")
  void outOfHoursEmergencyIsOfferedToAllAnalysts() {
    clockAt("2026-11-28T22:00");
    TicketView ticket =
        open("leiloes-basic", "leiloes", incident(Symptom.SERVER_DOWN, false, null));

    assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(ticket.emergency()).isTrue();
    assertThat(ticket.outOfHours()).isTrue();
    assertThat(ticket.billable()).isFalse();
    assertThat(ticket.firstResponseDueAt()).isEqualTo(local("2026-11-28T22:05"));
    Task offered = task(instance(ticket));
    assertThat(offered).hasCandidateGroup("analysts").isNotAssigned();
    assertThat(offered.getPriority()).isEqualTo(100);

    taskService.claim(offered.getId(), "leiloes-analyst");
    assertThatThrownBy(() -> taskService.claim(offered.getId(), "leiloes-analyst-2"))
        .isInstanceOf(TaskAlreadyClaimedException.class);
    assertThat(task(instance(ticket))).isAssignedTo("leiloes-analyst");
  }

  @Test
  @DisplayName(
      "O-2 out-of-hours non-emergency waits QUEUED for the next opening; its SLA counts from there")
  void outOfHoursNonEmergencyIsQueuedUntilOpening() {
    clockAt("2026-11-27T20:00");
    TicketView ticket = open("oobj-saas", "oobj", incident(Symptom.DEGRADED, null, "NFE_EMISSION"));

    assertThat(ticket.status()).isEqualTo(TicketStatus.QUEUED);
    assertThat(ticket.firstResponseDueAt()).isNull();
    ProcessInstance instance = instance(ticket);
    assertThat(instance).isWaitingAt("Event_WaitForOpening");
    assertThat(job(instance).getDuedate().toInstant()).isEqualTo(local("2026-11-30T07:00"));

    clockAt("2026-11-30T07:00");
    execute(job(instance));

    TicketView opened = get(ticket);
    assertThat(opened.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(opened.firstResponseDueAt()).isEqualTo(local("2026-11-30T08:00"));
    assertThat(instance).isWaitingAt("Task_FirstResponse");
  }

  @Test
  @DisplayName(
      "C-3 an overdue first response escalates to the supervisors and counts a breach; the analyst's work goes on")
  void overdueFirstResponseEscalates() {
    clockAt(MONDAY_10_00);
    TicketView ticket = open("leiloes-basic", "leiloes", incident(Symptom.DEGRADED, false, null));
    ProcessInstance instance = instance(ticket);
    double breachesBefore = breaches("leiloes", "FIRST_RESPONSE");

    clockAt("2026-11-23T10:31");
    execute(job(instance));

    assertThat(instance).isWaitingAt("Task_FirstResponse", "Task_EscalateFirstResponse");
    Task escalation = openTask(ticket.id(), "Task_EscalateFirstResponse");
    assertThat(escalation).hasCandidateGroup("supervisors");
    assertThat(breaches("leiloes", "FIRST_RESPONSE")).isEqualTo(breachesBefore + 1);
    assertThat(get(ticket).timeline()).extracting(TimelineEntry::kind).contains("SLA_BREACHED");
    assertThat(get(ticket).status()).isEqualTo(TicketStatus.OPEN);
  }

  @Test
  @DisplayName(
      "L-2.2 leiloes promises no resolution time: response then resolution without a timer, ticket RESOLVED")
  void ticketWithoutResolutionTargetIsResolved() {
    clockAt(MONDAY_10_00);
    TicketView ticket = open("leiloes-basic", "leiloes", incident(Symptom.DEGRADED, false, null));
    ProcessInstance instance = instance(ticket);

    complete(task(instance), withVariables("response", "Estamos verificando."));
    assertThat(instance).isWaitingAt("Task_ResolveWithoutTarget");
    assertThat(get(ticket).firstRespondedAt()).isNotNull();

    complete(task(instance), withVariables("resolution", "Cache limpo; sistema normalizado."));

    assertThat(instance).isWaitingAt("Gateway_ReopenOrClose").hasPassed("Task_MarkResolved");
    TicketView resolved = get(ticket);
    assertThat(resolved.status()).isEqualTo(TicketStatus.RESOLVED);
    assertThat(resolved.timeline())
        .extracting(TimelineEntry::kind)
        .containsSubsequence(
            "RECEIVED", "TRIAGED", "SLA_DECIDED", "OPENED", "FIRST_RESPONSE", "RESOLVED");
    assertThat(resolved.timeline())
        .filteredOn(e -> e.kind().equals("FIRST_RESPONSE"))
        .extracting(TimelineEntry::detail)
        .containsExactly("Estamos verificando.");
  }

  @Test
  @DisplayName(
      "O-3 a catalog service's action time puts a timer on resolution; an overdue resolution escalates (C-3)")
  void catalogServiceResolutionTargetEscalates() {
    clockAt(MONDAY_10_00);
    TicketView ticket = open("oobj-saas", "oobj", incident(Symptom.DEGRADED, null, "NFE_EMISSION"));
    ProcessInstance instance = instance(ticket);
    assertThat(ticket.firstResponseDueAt()).isEqualTo(local("2026-11-23T11:00"));
    assertThat(ticket.resolutionDueAt()).isEqualTo(local("2026-11-23T18:00"));

    complete(task(instance), withVariables("response", "Recebido."));
    assertThat(instance).isWaitingAt("Task_Resolve");
    double breachesBefore = breaches("oobj", "RESOLUTION");

    clockAt("2026-11-23T18:01");
    execute(job(instance));
    assertThat(instance).isWaitingAt("Task_Resolve", "Task_EscalateResolution");
    assertThat(breaches("oobj", "RESOLUTION")).isEqualTo(breachesBefore + 1);

    complete(
        openTask(ticket.id(), "Task_Resolve"),
        withVariables("resolution", "Certificado renovado."));
    assertThat(get(ticket).status()).isEqualTo(TicketStatus.RESOLVED);
    assertThat(instance).isWaitingAt("Task_EscalateResolution");
  }

  @Test
  @DisplayName("O-2 oobj out-of-hours emergency by phone: 30 minutes on a 24x7 clock")
  void oobjOutOfHoursEmergency() {
    clockAt("2026-11-28T03:00");
    TicketView ticket =
        open(
            "oobj-saas",
            "oobj",
            incident(Channel.PHONE, Symptom.OPERATION_BLOCKED, null, "NFE_EMISSION"));

    assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(ticket.firstResponseDueAt()).isEqualTo(local("2026-11-28T03:30"));
    assertThat(ticket.resolutionDueAt()).isEqualTo(local("2026-11-28T07:00"));
  }

  @Test
  @DisplayName(
      "O-2 out-of-hours emergency written through the portal on a Sunday: QUEUED for the opening, free, no quote; at the opening the first response with the emergency SLA")
  void oobjPortalEmergencyOutOfHoursWaitsForOpening() {
    clockAt("2026-11-29T10:00");
    TicketView ticket =
        open(
            "oobj-saas",
            "oobj",
            incident(Channel.PORTAL, Symptom.SERVER_DOWN, null, "NFE_EMISSION"));

    assertThat(ticket.status()).isEqualTo(TicketStatus.QUEUED);
    assertThat(ticket.emergency()).isTrue();
    assertThat(ticket.outOfHours()).isTrue();
    assertThat(ticket.billable()).isFalse();
    assertThat(ticket.quote()).isNull();
    assertThat(ticket.firstResponseDueAt()).isNull();
    assertThat(ticket.reply()).contains("próxima abertura").contains("(62) 3086-5750");
    ProcessInstance instance = instance(ticket);
    assertThat(instance).isWaitingAt("Event_WaitForOpening");
    assertThat(job(instance).getDuedate().toInstant()).isEqualTo(local("2026-11-30T07:00"));
    assertNothingQuoted(ticket);

    clockAt("2026-11-30T07:00");
    execute(job(instance));

    TicketView opened = get(ticket);
    assertThat(opened.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(opened.billable()).isFalse();
    assertThat(opened.slaApplies()).isTrue();
    assertThat(opened.firstResponseDueAt()).isEqualTo(local("2026-11-30T07:30"));
    assertThat(opened.resolutionDueAt()).isEqualTo(local("2026-11-30T11:00"));
    assertThat(instance).isWaitingAt("Task_FirstResponse");
    assertThat(task(instance)).hasCandidateGroup("analysts");
    assertThat(task(instance).getPriority()).isEqualTo(100);
  }

  @Test
  @DisplayName(
      "L-2.1 × L-4.3 a message to another number out of hours is QUEUED for the opening with no quote (no Preparar orçamento); at the opening it is worked without SLA")
  void otherNumberOutOfHoursWaitsForOpeningWithoutQuote() {
    clockAt("2026-11-28T22:00");
    TicketView ticket =
        open(
            "leiloes-basic",
            "leiloes",
            incident(Channel.WHATSAPP_OTHER, Symptom.DEGRADED, false, null));

    assertThat(ticket.status()).isEqualTo(TicketStatus.QUEUED);
    assertThat(ticket.outOfHours()).isTrue();
    assertThat(ticket.billable()).isFalse();
    assertThat(ticket.quote()).isNull();
    assertThat(ticket.reply())
        .contains("(38) 99950-7998")
        .contains("próxima abertura")
        .contains("não garantimos SLA")
        .contains("cobrados por hora");
    ProcessInstance instance = instance(ticket);
    assertThat(instance).isWaitingAt("Event_WaitForOpening");
    assertThat(job(instance).getDuedate().toInstant()).isEqualTo(local("2026-11-30T08:00"));
    assertNothingQuoted(ticket);

    clockAt("2026-11-30T08:00");
    execute(job(instance));

    TicketView opened = get(ticket);
    assertThat(opened.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(opened.billable()).isFalse();
    assertThat(opened.slaApplies()).isFalse();
    assertThat(opened.firstResponseDueAt()).isNull();
    assertThat(opened.resolutionDueAt()).isNull();
    assertThat(instance).isWaitingAt("Task_FirstResponseWithoutTarget");
    assertThat(instance).hasNotPassed("Task_DecideOutOfHoursBilling", "Activity_OutOfHoursConsent");
  }

  @Test
  @DisplayName(
      "Tasklist shows the ticket's facts from one display variable: ticketSummary, written from the ticket row when the task is offered; a description at the API's limit (20 000 characters) shows its beginning")
  void formsShowTheTicketSummary() {
    clockAt(MONDAY_10_00);
    String description =
        "Passos:\n1. abrir o *pregão*\n# não é um título\n" + "x".repeat(20_000 - 60);
    NewTicketRequest request =
        new NewTicketRequest(
            null,
            null,
            null,
            Channel.PORTAL,
            TicketType.INCIDENT,
            Topic.SOFTWARE_FAILURE,
            Symptom.DEGRADED,
            null,
            null,
            false,
            "Sistema lento",
            description,
            null,
            null);
    TicketView ticket = open("leiloes-basic", "leiloes", request);

    Task task = task(instance(ticket));
    String summary = (String) taskService.getVariable(task.getId(), "ticketSummary");
    assertThat(summary)
        .hasSizeLessThanOrEqualTo(4000)
        .contains(
            "**Chamado:** " + ticket.id(),
            "**Plano do cliente:** STANDARD · SAAS",
            "**Situação:** Aberto",
            "**Canal:** Portal · **Tipo:** Incidente · **Tópico:** Falha no software · **Sintoma:** Lentidão ou funcionamento parcial",
            "**Assunto:** Sistema lento",
            "**Primeira resposta até:** 23/11/2026 10:30 (America/Sao_Paulo)",
            "abrir o \\*pregão\\*",
            "\\# não é um título")
        .endsWith("… (continua no chamado)");
    assertThat((String) taskService.getVariable(task.getId(), "ticketHeadline"))
        .isEqualTo(ticket.id() + " · Sistema lento · leiloes-basic · 1ª resposta até 23/11 10:30");
    assertThat(runtimeService.getVariables(instance(ticket).getId()))
        .doesNotContainKeys("subject", "description", "clientId", "plan", "channel", "ticketId");
  }

  /**
   * No quote was asked for: no billing decision, no consent process, no task for the account
   * manager.
   */
  private void assertNothingQuoted(TicketView ticket) {
    assertThat(instance(ticket))
        .hasNotPassed("Task_DecideOutOfHoursBilling", "Activity_OutOfHoursConsent");
    assertThat(consentInstance(ticket.id())).isNull();
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(ticket.id()).count())
        .isZero();
    assertThat(get(ticket).timeline())
        .extracting(TimelineEntry::kind)
        .contains("QUEUED")
        .doesNotContain("QUOTE_REQUESTED");
  }

  private TicketView open(String clientId, String tenant, NewTicketRequest request) {
    return intake.open(client(clientId, tenant), request, null).ticket();
  }

  private TicketView get(TicketView ticket) {
    return tickets.get(client(ticket.clientId(), ticket.tenant()), ticket.id());
  }

  private ProcessInstance instance(TicketView ticket) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(ticket.id())
        .singleResult();
  }

  private double breaches(String tenant, String target) {
    var counter =
        meters.find(RecordSlaBreach.METRIC).tags("tenant", tenant, "target", target).counter();
    return counter == null ? 0 : counter.count();
  }
}
