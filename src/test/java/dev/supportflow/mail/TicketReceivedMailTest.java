package dev.supportflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.supportflow.mail.TestMailboxes.Received;
import dev.supportflow.security.Caller;
import dev.supportflow.ticket.Channel;
import dev.supportflow.ticket.NewTicketRequest;
import dev.supportflow.ticket.Symptom;
import dev.supportflow.ticket.TicketIntake;
import dev.supportflow.ticket.TicketType;
import dev.supportflow.ticket.TicketView;
import dev.supportflow.ticket.Topic;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The ticket-received mail, through the outbox and the embedded server's SMTP and IMAP. */
class TicketReceivedMailTest extends MailIntegrationTest {

  private static final Caller CLIENT = client("oobj-inhouse-pg", "oobj");
  private static final String ADDRESS = "oobj-inhouse-pg@demo.supportflow.dev";

  @Autowired TicketIntake intake;
  @Autowired Outbox outbox;
  @Autowired EmbeddedMailServer mailServer;
  @Autowired TransactionTemplate transaction;

  @AfterEach
  void serverRunning() {
    mailServer.start();
  }

  @Test
  @DisplayName(
      "Ticket received: the client's mailbox gets [id] with status, reply and due time, in text and escaped HTML")
  void ticketReceivedArrives() {
    clockAt("2026-11-23T10:00"); // a Monday, in business hours
    TicketView ticket = intake.open(CLIENT, request("Rejeição 539 <urgente> & já"), null).ticket();

    assertThat(outboxJob.sendDue()).isPositive();

    List<Received> received = mail.inbox(ADDRESS, "demo", "[" + ticket.id() + "]");
    assertThat(received).hasSize(1);
    Received mail = received.get(0);
    assertThat(mail.subject())
        .isEqualTo("[" + ticket.id() + "] Recebemos seu chamado: Rejeição 539 <urgente> & já");
    assertThat(mail.from()).isEqualTo("suporte@oobj.demo.supportflow.dev");
    assertThat(mail.autoSubmitted()).isEqualTo("auto-generated");
    assertThat(mail.text())
        .contains("Situação: Aberto")
        .contains("Primeira resposta até: 23/11/2026 às ");
    if (ticket.reply() != null) {
      assertThat(mail.text()).contains(ticket.reply());
    }
    assertThat(mail.html())
        .contains("Rejeição 539 &lt;urgente&gt; &amp; já")
        .doesNotContain("<urgente>");
    assertThat(outbox.about(ticket.id()))
        .singleElement()
        .satisfies(m -> assertThat(m.status()).isEqualTo("SENT"));
  }

  @Test
  @DisplayName(
      "E-mail on the timeline: a mail sent about a ticket shows on the ticket's timeline with its kind and recipient")
  void sentMailIsOnTheTimeline() {
    clockAt("2026-11-23T10:00");
    TicketView ticket =
        intake.open(CLIENT, request("Nota denegada " + System.nanoTime()), null).ticket();
    assertThat(api.timelineKinds("oobj-inhouse-pg", "/api/tickets/" + ticket.id()))
        .doesNotContain("EMAIL_SENT");

    outboxJob.sendDue();

    var timeline =
        api.get("oobj-inhouse-pg", "/api/tickets/" + ticket.id()).json().path("timeline");
    assertThat(timeline.findValuesAsText("kind")).contains("EMAIL_SENT");
    assertThat(timeline.findValuesAsText("detail"))
        .anySatisfy(detail -> assertThat(detail).contains(ADDRESS));
  }

  @Test
  @DisplayName("Ticket received: nothing is sent for an intake whose transaction rolls back")
  void rolledBackIntakeSendsNothing() {
    clockAt("2026-11-23T10:30");
    String[] id = new String[1];
    transaction.executeWithoutResult(
        status -> {
          id[0] = intake.open(CLIENT, request("Desfeito"), null).ticket().id();
          assertThat(outbox.about(id[0])).hasSize(1); // written in the intake's transaction
          status.setRollbackOnly();
        });

    outboxJob.sendDue();

    assertThat(outbox.about(id[0])).isEmpty();
    assertThat(mail.inbox(ADDRESS, "demo", "[" + id[0] + "]")).isEmpty();
  }

  @Test
  @DisplayName(
      "Outbox: with the SMTP server down the mail waits and is retried; it arrives once the server is back")
  void smtpOutageDelaysThenDelivers() {
    clockAt("2026-11-23T11:00");
    mailServer.stop();
    TicketView ticket = intake.open(CLIENT, request("Durante a queda"), null).ticket();

    assertThat(outboxJob.sendDue()).isZero();
    assertThat(outbox.about(ticket.id()))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.status()).isEqualTo("PENDING");
              assertThat(m.attempts()).isEqualTo(1);
              assertThat(m.error()).containsIgnoringCase("connect");
            });
    assertThat(outboxJob.sendDue()).as("not before the back-off").isZero();
    assertThat(outbox.about(ticket.id()).get(0).attempts()).isEqualTo(1);

    mailServer.start();
    clockAt("2026-11-23T11:01"); // the first retry waits 30 s
    assertThat(outboxJob.sendDue()).isPositive();

    assertThat(outbox.about(ticket.id()).get(0).status()).isEqualTo("SENT");
    assertThat(mail.inbox(ADDRESS, "demo", "[" + ticket.id() + "]")).hasSize(1);
  }

  private static NewTicketRequest request(String subject) {
    return new NewTicketRequest(
        null,
        null,
        null,
        Channel.PORTAL,
        TicketType.QUESTION,
        Topic.USAGE,
        Symptom.NONE,
        "NFE_EMISSION",
        "OOBJ_DFE",
        null,
        subject,
        null,
        null,
        null);
  }
}
