package dev.supportflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.supportflow.SupportFlowIntegrationTest;
import dev.supportflow.mail.TestMailboxes.Received;
import dev.supportflow.ticket.Channel;
import dev.supportflow.ticket.NewTicketRequest;
import dev.supportflow.ticket.Symptom;
import dev.supportflow.ticket.TicketIntake;
import dev.supportflow.ticket.TicketType;
import dev.supportflow.ticket.Topic;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** L-4.3's quote reaches the client by e-mail, with how to answer it. */
class QuoteReadyMailTest extends SupportFlowIntegrationTest {

  private static final String ADDRESS = "leiloes-basic@demo.supportflow.dev";

  @Autowired TicketIntake intake;
  @Autowired OutboxJob outboxJob;
  @Autowired MailServers servers;

  @Test
  @DisplayName(
      "Quote ready: the client's mailbox gets [id] with the amount, hours × rate, validity and how to answer")
  void quoteReadyArrives() {
    clockAt("2026-11-28T22:00"); // a Saturday night: out of hours, billed by the hour
    String id = intake.open(client("leiloes-basic", "leiloes"), request(), null).ticket().id();
    outboxJob.sendDue();
    TestMailboxes mail =
        new TestMailboxes(servers.imapHost(), servers.smtpPort(), servers.imapPort());
    assertThat(mail.inbox(ADDRESS, "demo", "[" + id + "] Orçamento")).isEmpty();

    Task task = openTask(id, "Task_PrepareQuote");
    taskService.claim(task.getId(), "leiloes-manager");
    taskService.complete(task.getId(), Map.of("quoteHours", 2.0, "quoteHourlyRate", 150.0));
    outboxJob.sendDue();

    List<Received> quotes = mail.inbox(ADDRESS, "demo", "[" + id + "] Orçamento");
    assertThat(quotes).singleElement();
    assertThat(quotes.get(0).subject()).isEqualTo("[" + id + "] Orçamento pronto: BRL 300,00");
    assertThat(quotes.get(0).text())
        .contains("Valor: BRL 300,00 (2 h × BRL 150,00 por hora)")
        .contains("Válido até: 29/11/2026 às 10:00")
        .contains("POST /api/tickets/" + id + "/consent")
        .contains("responda a este e-mail mantendo [" + id + "]");
  }

  private static NewTicketRequest request() {
    return new NewTicketRequest(
        null,
        null,
        null,
        Channel.WHATSAPP_OFFICIAL,
        TicketType.SERVICE_REQUEST,
        Topic.USAGE,
        Symptom.NONE,
        null,
        null,
        false,
        "Ajustar relatório de lotes",
        null,
        null,
        null);
  }
}
