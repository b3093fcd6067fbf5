package dev.supportflow.mail;

import static dev.supportflow.Requests.oobjTicketJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.supportflow.HttpApi;
import dev.supportflow.mail.TestMailboxes.Received;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The client's mail along a ticket's life, through the outbox and the embedded server's SMTP and
 * IMAP. Oobj's NFE_EMISSION: Mon–Fri 07:00–19:00.
 */
class TicketLifeMailTest extends MailIntegrationTest {

  private static final String CLIENT = "oobj-saas";
  private static final String ADDRESS = "oobj-saas@demo.supportflow.dev";
  private static final String ANALYST = "oobj-analyst";

  @Test
  @DisplayName(
      "Staff reply: a PUBLIC reply reaches the client's mailbox with its text; an INTERNAL note never does")
  void publicReplyIsMailedInternalNoteIsNot() {
    clockAt("2026-11-24T10:00");
    String id = openTicket("Reply por e-mail");
    reply(id, "Nota só da equipe.", "INTERNAL", false);
    reply(id, "Estamos verificando <o XML> & retornamos.", "PUBLIC", false);
    outboxJob.sendDue();

    List<Received> replies = mail.inbox(ADDRESS, "demo", "[" + id + "] Nova resposta");
    assertThat(replies).singleElement();
    Received received = replies.get(0);
    assertThat(received.subject())
        .isEqualTo("[" + id + "] Nova resposta no seu chamado: Reply por e-mail");
    assertThat(received.text())
        .contains("Estamos verificando <o XML> & retornamos.")
        .doesNotContain("Nota só da equipe.");
    assertThat(received.html()).contains("Estamos verificando &lt;o XML&gt; &amp; retornamos.");
  }

  @Test
  @DisplayName(
      "Waiting for you: a reply asking the client is one mail with the question; the reminder step mails the reminder")
  void waitingForTheClientAndTheReminder() {
    clockAt("2026-11-24T10:00");
    String id = openTicket("Aguardando XML");
    clockAt("2026-11-24T10:30");
    reply(id, "Pode enviar o XML da nota?", "PUBLIC", true);
    outboxJob.sendDue();

    assertThat(mail.inbox(ADDRESS, "demo", "[" + id + "] Nova resposta"))
        .as("the question is the waiting mail, not a second one")
        .isEmpty();
    List<Received> waiting = mail.inbox(ADDRESS, "demo", "[" + id + "] Aguardamos");
    assertThat(waiting).singleElement();
    assertThat(waiting.get(0).subject())
        .isEqualTo("[" + id + "] Aguardamos sua resposta: Aguardando XML");
    assertThat(waiting.get(0).text())
        .contains("Pode enviar o XML da nota?")
        .contains("prazo de atendimento fica pausado");

    clockAt("2026-11-26T10:31"); // two business days later
    runDueJobs(id);
    outboxJob.sendDue();

    List<Received> reminders = mail.inbox(ADDRESS, "demo", "[" + id + "] Lembrete");
    assertThat(reminders).singleElement();
    assertThat(reminders.get(0).subject())
        .isEqualTo("[" + id + "] Lembrete: aguardamos sua resposta: Aguardando XML");
    assertThat(reminders.get(0).text()).contains("Sem resposta, o chamado será encerrado.");

    clockAt("2026-12-01T10:31"); // the closing timer: five business days unanswered
    runDueJobs(id);
    outboxJob.sendDue();

    List<Received> closed = mail.inbox(ADDRESS, "demo", "[" + id + "] Chamado encerrado");
    assertThat(closed).singleElement();
    assertThat(closed.get(0).text()).contains("sem resposta do cliente no prazo");
  }

  @Test
  @DisplayName(
      "Resolved and closed: the resolution reaches the client; the end of the reopen window mails the closing")
  void resolvedThenClosedAtTheWindowsEnd() {
    clockAt("2026-11-24T10:00");
    String id = openTicket("Certificado vencido");
    reply(id, "Recebido.", "PUBLIC", false);
    clockAt("2026-11-24T11:00");
    completeTask(id, "Task_Resolve", Map.of("resolution", "Certificado renovado."));
    outboxJob.sendDue();

    List<Received> resolved = mail.inbox(ADDRESS, "demo", "[" + id + "] Chamado resolvido");
    assertThat(resolved).singleElement();
    assertThat(resolved.get(0).subject())
        .isEqualTo("[" + id + "] Chamado resolvido: Certificado vencido");
    assertThat(resolved.get(0).text()).contains("Certificado renovado.");
    assertThat(mail.inbox(ADDRESS, "demo", "[" + id + "] Chamado encerrado")).isEmpty();

    clockAt("2026-12-01T11:01"); // the reopen window's end
    runDueJobs(id);
    outboxJob.sendDue();

    List<Received> closed = mail.inbox(ADDRESS, "demo", "[" + id + "] Chamado encerrado");
    assertThat(closed).singleElement();
    assertThat(closed.get(0).subject())
        .isEqualTo("[" + id + "] Chamado encerrado: Certificado vencido");
    assertThat(closed.get(0).text()).contains("prazo para reabrir o chamado terminou");
  }

  private String openTicket(String subject) {
    return api.create(CLIENT, "/api/tickets", oobjTicketJson(subject));
  }

  private void reply(String id, String text, String visibility, boolean waitForClient) {
    ObjectNode body =
        HttpApi.JSON
            .createObjectNode()
            .put("text", text)
            .put("visibility", visibility)
            .put("waitForClient", waitForClient);
    api.post(ANALYST, "/api/tickets/" + id + "/replies", body).assertStatus(201);
  }

  /** Runs the ticket's jobs that are due at the clock's time, as the job executor would. */
  private void runDueJobs(String id) {
    var instance = processInstance(id, "ticket-intake");
    managementService
        .createJobQuery()
        .processInstanceId(instance.getId())
        .executable()
        .list()
        .forEach(job -> managementService.executeJob(job.getId()));
  }
}
