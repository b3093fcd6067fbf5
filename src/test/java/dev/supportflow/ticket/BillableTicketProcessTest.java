package dev.supportflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import dev.supportflow.Requests;
import dev.supportflow.SupportFlowIntegrationTest;
import dev.supportflow.billing.Quote;
import dev.supportflow.clientrecord.TimelineEntry;
import dev.supportflow.web.ApiException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * L-4.3 through the real processes: out of hours, a leiloes non-emergency is billed by the hour,
 * quoted by the account manager, and nothing starts before the client's consent.
 */
class BillableTicketProcessTest extends SupportFlowIntegrationTest {

  private static final String SATURDAY_22_00 = "2026-11-28T22:00";

  @Autowired TicketIntake intake;
  @Autowired TicketReads tickets;

  @Test
  @DisplayName(
      "L-4.3 out of hours a non-emergency waits for the account manager's quote (AWAITING_QUOTE), pre-filled from the billing table")
  void outOfHoursNonEmergencyWaitsForQuote() {
    clockAt(SATURDAY_22_00);
    TicketView ticket = open();

    assertThat(ticket.status()).isEqualTo(TicketStatus.AWAITING_QUOTE);
    assertThat(ticket.billable()).isTrue();
    assertThat(ticket.reply()).contains("cobrado por hora").contains("autorização");
    Task quoteTask = openTask(ticket.id(), "Task_PrepareQuote");
    assertThat(quoteTask.getDueDate()).as("a ticket's quote names no deadline").isNull();
    assertThat(taskService.getIdentityLinksForTask(quoteTask.getId()))
        .anySatisfy(link -> assertThat(link.getUserId()).isEqualTo("leiloes-manager"));
    assertThat(taskService.getVariable(quoteTask.getId(), "quoteHourlyRate")).isEqualTo(150.0);
    assertThat(taskService.getVariable(quoteTask.getId(), "quoteHours")).isEqualTo(1.0);
    assertThat(assignedTasks(ticket)).isZero();
  }

  @Test
  @DisplayName(
      "L-4.3 the quote is shown to the client (AWAITING_CONSENT): amount, hours, rate, who prepared it, valid until")
  void quoteIsShown() {
    clockAt(SATURDAY_22_00);
    TicketView ticket = quoted(open(), 2.0, 150.0);

    assertThat(ticket.status()).isEqualTo(TicketStatus.AWAITING_CONSENT);
    assertThat(ticket.billable()).isTrue();
    Quote quote = ticket.quote();
    assertThat(quote.amount()).isEqualByComparingTo(new BigDecimal("300.00"));
    assertThat(quote.hours()).isEqualByComparingTo("2");
    assertThat(quote.hourlyRate()).isEqualByComparingTo("150");
    assertThat(quote.currency()).isEqualTo("BRL");
    assertThat(quote.preparedBy()).isEqualTo("leiloes-manager");
    assertThat(quote.validUntil()).isEqualTo(local(SATURDAY_22_00).plus(Duration.ofHours(12)));
    assertThat(ticket.timeline())
        .extracting(TimelineEntry::kind)
        .contains("QUOTE_REQUESTED", "QUOTE_READY");
  }

  @Test
  @DisplayName(
      "L-4.3 accepted: worked now and billable; the consent (who, when, channel) is on the quote and the timeline")
  void acceptedQuoteIsWorkedNow() {
    clockAt(SATURDAY_22_00);
    TicketView ticket = quoted(open(), 2.0, 150.0);
    clockAt("2026-11-28T22:10");

    TicketView accepted = tickets.answer(client("leiloes-basic", "leiloes"), ticket.id(), true);

    assertThat(accepted.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(accepted.billable()).isTrue();
    assertThat(accepted.firstResponseDueAt()).isEqualTo(local("2026-11-28T22:40"));
    assertThat(accepted.quote().status()).isEqualTo("ACCEPTED");
    assertThat(accepted.quote().answeredBy()).isEqualTo("leiloes-basic");
    assertThat(accepted.quote().answeredChannel()).isEqualTo("API");
    assertThat(accepted.timeline())
        .extracting(TimelineEntry::kind)
        .contains("CONSENT_ACCEPTED", "BILLABLE");
    assertThat(intake(ticket)).isNotNull();
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceBusinessKey(ticket.id())
                .taskDefinitionKey("Task_FirstResponse")
                .count())
        .isEqualTo(1);
  }

  @Test
  @DisplayName("L-4.3 declined: QUEUED for the next opening, free, SLA counted from there")
  void declinedQuoteWaitsForOpening() {
    clockAt(SATURDAY_22_00);
    TicketView ticket = quoted(open(), 2.0, 150.0);

    TicketView declined = tickets.answer(client("leiloes-basic", "leiloes"), ticket.id(), false);

    assertThat(declined.status()).isEqualTo(TicketStatus.QUEUED);
    assertThat(declined.billable()).isFalse();
    assertThat(declined.quote().status()).isEqualTo("DECLINED");
    assertThat(job(intake(ticket)).getDuedate().toInstant()).isEqualTo(local("2026-11-30T08:00"));

    clockAt("2026-11-30T08:00");
    execute(job(intake(ticket)));
    TicketView opened = get(ticket);
    assertThat(opened.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(opened.firstResponseDueAt()).isEqualTo(local("2026-11-30T08:30"));
  }

  @Test
  @DisplayName(
      "L-4.3 no answer before the quote expires: EXPIRED, and the ticket waits for the opening, free")
  void expiredQuoteWaitsForOpening() {
    clockAt(SATURDAY_22_00);
    TicketView ticket = quoted(open(), 1.0, 150.0);
    ProcessInstance consent = consentInstance(ticket.id());

    clockAt("2026-11-29T10:01");
    execute(job(consent));

    TicketView expired = get(ticket);
    assertThat(expired.status()).isEqualTo(TicketStatus.QUEUED);
    assertThat(expired.quote().status()).isEqualTo("EXPIRED");
    assertThat(expired.billable()).isFalse();
  }

  @Test
  @DisplayName(
      "L-4.3 the desk opens before the client answers: the quote is withdrawn, the ticket is worked in hours, free")
  void openingBeforeConsentWithdrawsQuote() {
    clockAt("2026-11-30T06:00");
    TicketView ticket = quoted(open(), 1.0, 150.0);
    assertThat(job(intake(ticket)).getDuedate().toInstant()).isEqualTo(local("2026-11-30T08:00"));

    clockAt("2026-11-30T08:00");
    execute(job(intake(ticket)));

    TicketView opened = get(ticket);
    assertThat(opened.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(opened.billable()).isFalse();
    assertThat(opened.quote().status()).isEqualTo("WITHDRAWN");
    assertThatThrownBy(() -> tickets.answer(client("leiloes-basic", "leiloes"), ticket.id(), true))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("No quote");
  }

  @Test
  @DisplayName("L-4.3 an answer while no quote waits is a conflict (409)")
  void answerWithoutQuoteIsConflict() {
    clockAt("2026-11-30T10:00");
    TicketView ticket = open();

    assertThatThrownBy(() -> tickets.answer(client("leiloes-basic", "leiloes"), ticket.id(), true))
        .isInstanceOf(ApiException.class)
        .satisfies(e -> assertThat(((ApiException) e).status().value()).isEqualTo(409));
  }

  private TicketView open() {
    return intake
        .open(
            client("leiloes-basic", "leiloes"),
            Requests.serviceRequest("Ajustar relatório de lotes"),
            null)
        .ticket();
  }

  private TicketView quoted(TicketView ticket, double hours, double rate) {
    Task task = openTask(ticket.id(), "Task_PrepareQuote");
    taskService.claim(task.getId(), "leiloes-manager");
    taskService.complete(task.getId(), Map.of("quoteHours", hours, "quoteHourlyRate", rate));
    return get(ticket);
  }

  private long assignedTasks(TicketView ticket) {
    return taskService
        .createTaskQuery()
        .processInstanceBusinessKey(ticket.id())
        .taskCandidateGroup("analysts")
        .count();
  }

  private TicketView get(TicketView ticket) {
    return tickets.get(client("leiloes-basic", "leiloes"), ticket.id());
  }

  private ProcessInstance intake(TicketView ticket) {
    return processInstance(ticket.id(), "ticket-intake");
  }
}
