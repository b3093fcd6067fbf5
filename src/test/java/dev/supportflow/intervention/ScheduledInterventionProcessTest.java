package dev.supportflow.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dev.supportflow.SupportFlowIntegrationTest;
import dev.supportflow.TestClock;
import dev.supportflow.clientrecord.TimelineEntry;
import dev.supportflow.policy.DecisionTrail;
import dev.supportflow.security.Caller;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of bpmn/scheduled-intervention.bpmn (and the billable-work-consent gate it calls),
 * started the way the API starts it, with the clock under control and timers fired by the test.
 */
class ScheduledInterventionProcessTest extends SupportFlowIntegrationTest {

  // 2026-11-23 is a Monday.
  private static final String MONDAY_10_00 = "2026-11-23T10:00";
  private static final String OOBJ_CLIENT = "oobj-inhouse-pg";

  @Autowired InterventionService interventions;
  @Autowired DecisionTrail trail;

  @Test
  @DisplayName(
      "O-9 an update is scheduled in advance, free: SCHEDULED for the preferred date (even after closing), the analyst's task appears at that time, RESOLVED with the report")
  void updateIsScheduledFreeAndWorkedAtTheAgreedTime() {
    clockAt(MONDAY_10_00);
    InterventionView update = request(OOBJ_CLIENT, InterventionKind.UPDATE, "2026-11-25T20:00");

    assertThat(update.status()).isEqualTo(InterventionStatus.SCHEDULED);
    assertThat(update.scheduledFor()).isEqualTo(local("2026-11-25T20:00"));
    assertThat(update.quote()).isNull();
    ProcessInstance instance = instance(update);
    assertThat(instance).isWaitingAt("Timer_AgreedTime");
    assertThat(billingRule(instance)).isEqualTo("O-9-update");
    assertThat(job(instance).getDuedate().toInstant()).isEqualTo(local("2026-11-25T20:00"));

    clockAt("2026-11-25T20:00");
    execute(job(instance));

    assertThat(instance).isWaitingAt("Task_PerformIntervention");
    Task task = task(instance);
    assertThat(task).hasCandidateGroup("analysts");
    assertThat(task.getTenantId()).isEqualTo("oobj");
    assertThat(task.getDueDate().toInstant()).isEqualTo(local("2026-11-25T20:00"));
    assertThat(runtimeService.getVariable(instance.getId(), "scheduledForText"))
        .isEqualTo("25/11/2026 20:00 (fora do horário de atendimento)");
    assertThat(runtimeService.getVariable(instance.getId(), "quoteText")).isEqualTo("sem cobrança");
    complete(task, withVariables("interventionReport", "Atualizado para a versão 4.2."));

    assertThat(instance).isEnded().hasPassed("Task_ResolveIntervention");
    InterventionView resolved = get(update);
    assertThat(resolved.status()).isEqualTo(InterventionStatus.RESOLVED);
    assertThat(resolved.report()).isEqualTo("Atualizado para a versão 4.2.");
    assertThat(resolved.timeline())
        .extracting(TimelineEntry::kind)
        .containsExactly("REQUESTED", "SCHEDULED", "RESOLVED");
  }

  @Test
  @DisplayName(
      "O-9 a migration is billed: the account manager quotes, the client accepts, then SCHEDULED and the analyst's task at the agreed time")
  void migrationIsQuotedAcceptedScheduledAndWorked() {
    clockAt(MONDAY_10_00);
    InterventionView migration =
        request(OOBJ_CLIENT, InterventionKind.MIGRATION, "2026-11-30T09:00");

    assertThat(migration.status()).isEqualTo(InterventionStatus.AWAITING_QUOTE);
    ProcessInstance instance = instance(migration);
    assertThat(instance).isWaitingAt("Task_RequestConsent");
    assertThat(billingRule(instance)).isEqualTo("O-9-migration");
    Task quoteTask = openTask(migration.id(), "Task_PrepareQuote");
    assertThat(quoteTask).hasCandidateUser("oobj-manager").hasCandidateGroup("account-managers");
    taskService.complete(quoteTask.getId(), Map.of("quoteHours", 4.0, "quoteHourlyRate", 220.0));

    InterventionView quoted = get(migration);
    assertThat(quoted.status()).isEqualTo(InterventionStatus.AWAITING_CONSENT);
    assertThat(quoted.quote().amount()).isEqualByComparingTo("880.00");
    assertThat(quoted.quote().isPending()).isTrue();

    clockAt("2026-11-23T11:00");
    InterventionView accepted =
        interventions.answer(client(OOBJ_CLIENT, "oobj"), migration.id(), true);

    assertThat(accepted.status()).isEqualTo(InterventionStatus.SCHEDULED);
    assertThat(accepted.scheduledFor()).isEqualTo(local("2026-11-30T09:00"));
    assertThat(accepted.quote().status()).isEqualTo("ACCEPTED");
    assertThat(accepted.quote().answeredBy()).isEqualTo(OOBJ_CLIENT);
    assertThat(accepted.quote().answeredChannel()).isEqualTo("API");
    assertThat(accepted.quote().answeredAt()).isEqualTo(local("2026-11-23T11:00"));
    assertThat(accepted.timeline())
        .extracting(TimelineEntry::kind)
        .containsExactly(
            "REQUESTED", "QUOTE_REQUESTED", "QUOTE_READY", "CONSENT_ACCEPTED", "SCHEDULED");
    assertThat(accepted.timeline())
        .filteredOn(e -> e.kind().equals("CONSENT_ACCEPTED"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actor()).isEqualTo(OOBJ_CLIENT);
              assertThat(e.detail()).isEqualTo("canal API");
              assertThat(e.at()).isEqualTo(local("2026-11-23T11:00"));
            });
    assertThat(instance).isWaitingAt("Timer_AgreedTime");
    assertThat(job(instance).getDuedate().toInstant()).isEqualTo(local("2026-11-30T09:00"));

    clockAt("2026-11-30T09:00");
    execute(job(instance));
    assertThat(instance).isWaitingAt("Task_PerformIntervention");
    assertThat(task(instance)).hasCandidateGroup("analysts");
    assertThat((String) runtimeService.getVariable(instance.getId(), "quoteText"))
        .contains("880.00 BRL");
  }

  @Test
  @DisplayName("O-9 a declined migration quote: CLOSED, nothing scheduled")
  void declinedQuoteClosesTheIntervention() {
    clockAt(MONDAY_10_00);
    InterventionView migration =
        request(OOBJ_CLIENT, InterventionKind.MIGRATION, "2026-11-30T09:00");
    completeQuote(migration.id(), 4.0, 220.0);

    InterventionView declined =
        interventions.answer(client(OOBJ_CLIENT, "oobj"), migration.id(), false);

    assertThat(declined.status()).isEqualTo(InterventionStatus.CLOSED);
    assertThat(declined.scheduledFor()).isNull();
    assertThat(declined.quote().status()).isEqualTo("DECLINED");
    assertThat(instance(migration)).isNull();
    assertThat(declined.timeline())
        .extracting(TimelineEntry::kind)
        .endsWith("CONSENT_DECLINED", "CLOSED");
  }

  @Test
  @DisplayName("O-9 a migration quote nobody answers expires after its validity (P5D): CLOSED")
  void unansweredQuoteExpires() {
    clockAt(MONDAY_10_00);
    InterventionView migration =
        request(OOBJ_CLIENT, InterventionKind.MIGRATION, "2026-12-10T09:00");
    completeQuote(migration.id(), 4.0, 220.0);
    Instant validUntil = get(migration).quote().validUntil();
    assertThat(validUntil).isEqualTo(local("2026-11-28T10:00"));

    ProcessInstance consent = consentInstance(migration.id());
    clockAt("2026-11-28T10:01");
    execute(job(consent));

    InterventionView expired = get(migration);
    assertThat(expired.status()).isEqualTo(InterventionStatus.CLOSED);
    assertThat(expired.quote().status()).isEqualTo("EXPIRED");
    assertThat(expired.timeline())
        .extracting(TimelineEntry::kind)
        .endsWith("CONSENT_EXPIRED", "CLOSED");
  }

  @Test
  @DisplayName(
      "O-12 another DANFe layout is a CUSTOMIZATION: quoted from oobj's customization row before any work")
  void danfeCustomizationIsQuoted() {
    clockAt(MONDAY_10_00);
    InterventionView customization =
        request(
            OOBJ_CLIENT,
            InterventionKind.CUSTOMIZATION,
            "2026-12-01T10:00",
            "DANFe em paisagem com o campo de observações ampliado");

    assertThat(customization.status()).isEqualTo(InterventionStatus.AWAITING_QUOTE);
    assertThat(billingRule(instance(customization))).isEqualTo("O-12-customization");
    ProcessInstance consent = consentInstance(customization.id());
    assertThat(consent)
        .isWaitingAt("Task_PrepareQuote")
        .variables()
        .containsEntry("workKind", "CUSTOMIZATION")
        .containsEntry("quoteHourlyRate", 200.0)
        .containsEntry("workSummary", "DANFe em paisagem com o campo de observações ampliado");
  }

  @Test
  @DisplayName("O-9 a reinstallation is billed too: quoted from oobj's reinstallation row")
  void reinstallationIsQuoted() {
    clockAt(MONDAY_10_00);
    InterventionView reinstallation =
        request(OOBJ_CLIENT, InterventionKind.REINSTALLATION, "2026-12-01T10:00");

    assertThat(reinstallation.status()).isEqualTo(InterventionStatus.AWAITING_QUOTE);
    assertThat(billingRule(instance(reinstallation))).isEqualTo("O-9-reinstallation");
    assertThat(consentInstance(reinstallation.id()))
        .isWaitingAt("Task_PrepareQuote")
        .variables()
        .containsEntry("quoteHours", 2.0)
        .containsEntry("quoteHourlyRate", 220.0);
  }

  @Test
  @DisplayName(
      "O-9 is oobj's rule: a leiloes client's migration is not billed (leiloes' billing table), SCHEDULED at once")
  void leiloesMigrationIsNotBilled() {
    clockAt(MONDAY_10_00);
    InterventionView migration =
        interventions.request(
            client("leiloes-basic", "leiloes"),
            new NewInterventionRequest(
                InterventionKind.MIGRATION,
                TestClock.dateTime("2026-11-26T14:00"),
                "Migrar servidor",
                null));

    assertThat(migration.status()).isEqualTo(InterventionStatus.SCHEDULED);
    assertThat(migration.quote()).isNull();
    assertThat(billingRule(instance(migration))).isEqualTo("L-not-billed");
    assertThat(instance(migration)).isWaitingAt("Timer_AgreedTime");
  }

  @Test
  @DisplayName(
      "O-9 late consent: accepted after the preferred date, the agreed-time timer is already due and the analyst's task appears at once")
  void lateConsentFiresTheTimerAtOnce() {
    clockAt(MONDAY_10_00);
    InterventionView migration =
        request(OOBJ_CLIENT, InterventionKind.MIGRATION, "2026-11-24T09:00");
    completeQuote(migration.id(), 4.0, 220.0);

    clockAt("2026-11-25T10:00");
    interventions.answer(client(OOBJ_CLIENT, "oobj"), migration.id(), true);

    ProcessInstance instance = instance(migration);
    assertThat(instance).isWaitingAt("Timer_AgreedTime");
    assertThat(job(instance).getDuedate()).isBefore(java.util.Date.from(local("2026-11-25T10:00")));
    execute(job(instance));
    assertThat(instance).isWaitingAt("Task_PerformIntervention");
  }

  // ---------------------------------------------------------------------------------------------------------------

  private InterventionView request(String clientId, InterventionKind kind, String preferred) {
    return request(clientId, kind, preferred, "Pedido de " + kind);
  }

  private InterventionView request(
      String clientId, InterventionKind kind, String preferred, String notes) {
    Caller caller = client(clientId, "oobj");
    return interventions.request(
        caller,
        new NewInterventionRequest(
            kind, TestClock.dateTime(preferred), notes, new BigDecimal("1")));
  }

  private InterventionView get(InterventionView intervention) {
    return interventions.get(
        client(intervention.clientId(), intervention.tenant()), intervention.id());
  }

  private ProcessInstance instance(InterventionView intervention) {
    return processInstance(intervention.id(), "scheduled-intervention");
  }

  /**
   * The billing row that decided, from the decision trail (the process keeps only whether it is
   * billed): the intervention's first billing decision; the consent process it calls with the same
   * business key decides again on the same facts.
   */
  private String billingRule(ProcessInstance instance) {
    return trail.forBusinessKey(instance.getBusinessKey()).stream()
        .filter(d -> d.decisionKey().equals("billing"))
        .map(d -> (String) d.outputs().get("billingRule"))
        .findFirst()
        .orElseThrow();
  }
}
