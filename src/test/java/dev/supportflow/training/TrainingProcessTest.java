package dev.supportflow.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import dev.supportflow.Requests;
import dev.supportflow.SupportFlowIntegrationTest;
import dev.supportflow.clientrecord.TimelineEntry;
import dev.supportflow.security.Caller;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of bpmn/training-request.bpmn. Each test books for a client of its own (8 included
 * hours, like leiloes-premium), so balances never depend on the order tests run in.
 */
class TrainingProcessTest extends SupportFlowIntegrationTest {

  @Autowired TrainingService trainings;
  @Autowired TrainingBalance balance;

  @Test
  @DisplayName(
      "L-6.4 a training within the plan's balance is SCHEDULED at once and its hours are booked")
  void withinBalanceIsScheduled() {
    Caller client = newClient(8);
    TrainingView training = request(client, "3");

    assertThat(training.status()).isEqualTo(TrainingStatus.SCHEDULED);
    assertThat(training.id()).matches("TRN-\\d{6}");
    assertThat(training.includedHoursUsed()).isEqualByComparingTo("3");
    assertThat(training.billableHours()).isEqualByComparingTo("0");
    assertThat(training.quote()).isNull();
    assertThat(balance.used(client.userId())).isEqualByComparingTo("3");
    assertThat(consentInstance(training.id())).isNull();
  }

  @Test
  @DisplayName(
      "L-6.4 hours beyond the balance are quoted (TRAINING) and the training is SCHEDULED once the client accepts")
  void beyondBalanceAccepted() {
    Caller client = newClient(8);
    request(client, "6");
    TrainingView training = request(client, "4");

    assertThat(training.status()).isEqualTo(TrainingStatus.AWAITING_QUOTE);
    assertThat(training.includedHoursUsed()).isEqualByComparingTo("2");
    assertThat(training.billableHours()).isEqualByComparingTo("2");
    assertThat(balance.used(client.userId())).isEqualByComparingTo("8");
    ProcessInstance consent = consentInstance(training.id());
    assertThat(consent).isWaitingAt("Task_PrepareQuote");
    assertThat(runtimeService.getVariables(consent.getId()))
        .containsEntry("workKind", "TRAINING")
        .containsEntry("estimatedHours", 2.0)
        .containsEntry("subjectType", "TRAINING");
    completeQuote(training.id(), 2.0, 250.0);
    assertThat(get(client, training).status()).isEqualTo(TrainingStatus.AWAITING_CONSENT);

    trainings.answer(client, training.id(), true);

    TrainingView scheduled = get(client, training);
    assertThat(scheduled.status()).isEqualTo(TrainingStatus.SCHEDULED);
    assertThat(scheduled.quote().status()).isEqualTo("ACCEPTED");
    assertThat(scheduled.quote().workKind()).isEqualTo("TRAINING");
    assertThat(scheduled.timeline())
        .extracting(TimelineEntry::kind)
        .containsExactly(
            "REQUESTED", "QUOTE_REQUESTED", "QUOTE_READY", "CONSENT_ACCEPTED", "SCHEDULED");
    assertThat(balance.used(client.userId())).isEqualByComparingTo("8");
  }

  @Test
  @DisplayName(
      "L-6.4 hours beyond the balance, quote declined: CLOSED and the hours booked from the plan go back")
  void beyondBalanceDeclinedReleasesTheBookedPart() {
    Caller client = newClient(8);
    request(client, "6");
    TrainingView training = request(client, "4");
    completeQuote(training.id(), 2.0, 250.0);

    trainings.answer(client, training.id(), false);

    TrainingView closed = get(client, training);
    assertThat(closed.status()).isEqualTo(TrainingStatus.CLOSED);
    assertThat(closed.quote().status()).isEqualTo("DECLINED");
    assertThat(balance.used(client.userId())).isEqualByComparingTo("6");
  }

  @Test
  @DisplayName(
      "O-11 oobj plans include no training hours: every training is quoted; unanswered, the quote expires and the training is CLOSED")
  void oobjTrainingIsAlwaysQuoted() {
    clockAt("2026-11-23T10:00");
    Caller client = client("oobj-saas", "oobj");
    TrainingView training = request(client, "1.5");

    assertThat(training.status()).isEqualTo(TrainingStatus.AWAITING_QUOTE);
    assertThat(training.includedHoursUsed()).isEqualByComparingTo("0");
    assertThat(training.billableHours()).isEqualByComparingTo("1.5");
    ProcessInstance consent = consentInstance(training.id());
    assertThat(runtimeService.getVariables(consent.getId()))
        .containsEntry("workKind", "TRAINING")
        .containsEntry("quoteHours", 2.0); // oobj's billing table: at least 2 hours
    completeQuote(training.id(), 2.0, 250.0);
    TrainingView quoted = get(client, training);
    assertThat(quoted.status()).isEqualTo(TrainingStatus.AWAITING_CONSENT);

    clockAt(quoted.quote().validUntil().plusSeconds(60));
    execute(job(consent));

    TrainingView closed = get(client, training);
    assertThat(closed.status()).isEqualTo(TrainingStatus.CLOSED);
    assertThat(closed.quote().status()).isEqualTo("EXPIRED");
    assertThat(closed.timeline())
        .extracting(TimelineEntry::kind)
        .contains("CONSENT_EXPIRED", "CLOSED");
  }

  private Caller newClient(int includedHours) {
    return client(newLeiloesClient("trn", includedHours), "leiloes");
  }

  private TrainingView request(Caller client, String hours) {
    return trainings.request(client, Requests.training(hours));
  }

  private TrainingView get(Caller client, TrainingView training) {
    return trainings.get(client, training.id());
  }
}
