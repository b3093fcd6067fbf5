package dev.supportflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.supportflow.Requests;
import dev.supportflow.mail.TestMailboxes.Received;
import dev.supportflow.ticket.TicketIntake;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** L-4.3's quote reaches the client by e-mail, with how to answer it. */
class QuoteReadyMailTest extends MailIntegrationTest {

  private static final String ADDRESS = "leiloes-basic@demo.supportflow.dev";

  @Autowired TicketIntake intake;

  @Test
  @DisplayName(
      "Quote ready: the client's mailbox gets [id] with the amount, hours × rate, validity and how to answer")
  void quoteReadyArrives() {
    clockAt("2026-11-28T22:00"); // a Saturday night: out of hours, billed by the hour
    String id =
        intake
            .open(
                client("leiloes-basic", "leiloes"),
                Requests.serviceRequest("Ajustar relatório de lotes"),
                null)
            .ticket()
            .id();
    outboxJob.sendDue();
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
}
