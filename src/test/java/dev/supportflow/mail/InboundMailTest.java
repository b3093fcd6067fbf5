package dev.supportflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.supportflow.Requests;
import dev.supportflow.ticket.Channel;
import dev.supportflow.ticket.NewTicketRequest;
import dev.supportflow.ticket.TicketIntake;
import dev.supportflow.ticket.TicketType;
import dev.supportflow.ticket.TicketView;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The support mailboxes, read over IMAP from the embedded server, into tickets. */
class InboundMailTest extends MailIntegrationTest {

  private static final String OOBJ_SUPPORT = "suporte@oobj.demo.supportflow.dev";
  private static final String LEILOES_SUPPORT = "suporte@leiloes.demo.supportflow.dev";

  @Autowired InboundMailReader reader;
  @Autowired TicketIntake intake;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void onAWednesday() {
    clockAt("2026-11-25T10:00"); // a Wednesday, in business hours
  }

  @Test
  @DisplayName(
      "E-mail in: a known oobj client's mail opens an EMAIL ticket (subject, text body; ISO-8859-1 accents) and gets the received mail")
  void clientMailOpensTicket() throws MessagingException {
    String subject = "Rejeição 539 na emissão " + token();
    MimeMessage message = message("oobj-saas@demo.supportflow.dev", OOBJ_SUPPORT, subject);
    message.setText("Não consigo emitir a nota.\nAtenção: é urgente, obrigado!", "ISO-8859-1");
    mail.deliver(message);

    reader.readAll();

    Map<String, Object> ticket = ticket(subject);
    assertThat(ticket)
        .containsEntry("tenant", "oobj")
        .containsEntry("client_id", "oobj-saas")
        .containsEntry("channel", "EMAIL")
        .containsEntry("description", "Não consigo emitir a nota.\nAtenção: é urgente, obrigado!");
    String id = "OOB-" + String.format("%06d", ((Number) ticket.get("ticket_number")).longValue());
    outboxJob.sendDue();
    assertThat(mail.inbox("oobj-saas@demo.supportflow.dev", "demo", "[" + id + "]")).hasSize(1);
  }

  @Test
  @DisplayName(
      "E-mail in: a leiloes client's mail follows leiloes' tables, as the same contact through the API")
  void leiloesMailFollowsLeiloesTables() throws MessagingException {
    String subject = "Sala de leilão não abre " + token();
    MimeMessage message = message("leiloes-basic@demo.supportflow.dev", LEILOES_SUPPORT, subject);
    message.setText("A sala não abre desde cedo.", "UTF-8");
    mail.deliver(message);

    reader.readAll();

    Map<String, Object> ticket = ticket(subject);
    assertThat(ticket).containsEntry("tenant", "leiloes").containsEntry("channel", "EMAIL");
    TicketView sameThroughApi =
        intake
            .open(
                client("leiloes-basic", "leiloes"),
                new NewTicketRequest(
                    null,
                    null,
                    null,
                    Channel.EMAIL,
                    TicketType.INCIDENT,
                    null,
                    null,
                    null,
                    null,
                    null,
                    subject,
                    "A sala não abre desde cedo.",
                    null,
                    null),
                null)
            .ticket();
    assertThat(ticket.get("status")).isEqualTo(sameThroughApi.status().name());
    assertThat(ticket.get("reply")).isEqualTo(sameThroughApi.reply());
  }

  @Test
  @DisplayName(
      "E-mail in: a client's reply with [<ticket id>] of its own ticket is kept with that ticket, not a new ticket")
  void replyToOwnTicketOpensNoTicket() throws MessagingException {
    TicketView own =
        intake
            .open(client("oobj-saas", "oobj"), Requests.question("Dúvida " + token()), null)
            .ticket();
    String subject = "Re: [" + own.id() + "] Recebemos seu chamado " + token();
    MimeMessage reply = message("oobj-saas@demo.supportflow.dev", OOBJ_SUPPORT, subject);
    reply.setText("Segue o XML pedido.", "UTF-8");
    mail.deliver(reply);

    reader.readAll();

    assertThat(tickets(subject)).isEmpty();
    assertThat(
            jdbc.sql("SELECT outcome, ticket_id FROM mail_inbound WHERE subject = ?")
                .param(subject)
                .query()
                .listOfRows())
        .singleElement()
        .satisfies(
            row ->
                assertThat(lowerKeys(row))
                    .containsEntry("outcome", "REPLY")
                    .containsEntry("ticket_id", own.id()));
  }

  @Test
  @DisplayName(
      "E-mail in: a reply by mail to a ticket waiting for the client is the client's message and resumes the ticket")
  void replyByMailResumesWaitingTicket() throws MessagingException {
    String id =
        api.post("oobj-saas", "/api/tickets", Requests.oobjTicketJson("Erro no XML " + token()))
            .assertStatus(201)
            .json()
            .path("id")
            .asText();
    api.post(
            "oobj-analyst",
            "/api/tickets/" + id + "/replies",
            JsonNodeFactory.instance
                .objectNode()
                .put("text", "Pode enviar o XML?")
                .put("visibility", "PUBLIC")
                .put("waitForClient", true))
        .assertStatus(201);
    assertThat(api.get("oobj-saas", "/api/tickets/" + id).json().path("status").asText())
        .isEqualTo("WAITING_FOR_CLIENT");

    MimeMessage reply =
        message("oobj-saas@demo.supportflow.dev", OOBJ_SUPPORT, "Re: [" + id + "] Pode enviar?");
    reply.setText("Segue o XML, com acentuação: não, ção.", "ISO-8859-1");
    mail.deliver(reply);
    reader.readAll();

    var ticket = api.get("oobj-saas", "/api/tickets/" + id).json();
    assertThat(ticket.path("status").asText()).isEqualTo("OPEN");
    assertThat(ticket.path("messages").findValuesAsText("text"))
        .containsExactly("Pode enviar o XML?", "Segue o XML, com acentuação: não, ção.");
    assertThat(ticket.path("messages").get(1).path("authorRole").asText()).isEqualTo("CLIENT");
  }

  @Test
  @DisplayName(
      "E-mail in: one Message-ID delivered twice and read by two readers at once makes one ticket")
  void duplicateMessageIdMakesOneTicket() throws MessagingException {
    String subject = "Duplicada " + token();
    String messageId = "<" + UUID.randomUUID() + "@cliente.example>";
    for (int i = 0; i < 2; i++) {
      MimeMessage message = message("oobj-saas@demo.supportflow.dev", OOBJ_SUPPORT, subject);
      message.setText("Mesma mensagem entregue duas vezes.", "UTF-8");
      message.setHeader("Message-ID", messageId);
      mail.deliver(message);
    }

    CompletableFuture<Integer> first = CompletableFuture.supplyAsync(reader::readAll);
    CompletableFuture<Integer> second = CompletableFuture.supplyAsync(reader::readAll);
    first.join();
    second.join();
    reader.readAll();

    assertThat(tickets(subject)).hasSize(1);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM mail_inbound WHERE message_id = ?")
                .param(messageId)
                .query(Long.class)
                .single())
        .isOne();
  }

  @Test
  @DisplayName(
      "E-mail in: an unknown sender is recorded and answered once; an auto-reply or a bounce is recorded and never answered")
  void unknownSendersAndAutoRepliesDoNotLoop() throws MessagingException {
    String stranger = "alguem-" + token() + "@desconhecido.example";
    for (int i = 0; i < 2; i++) {
      MimeMessage message = message(stranger, OOBJ_SUPPORT, "Quero suporte " + i);
      message.setText("Olá", "UTF-8");
      mail.deliver(message);
    }
    String robot = "robo-" + token() + "@desconhecido.example";
    MimeMessage autoReply = message(robot, OOBJ_SUPPORT, "Resposta automática: férias");
    autoReply.setText("Estou de férias.", "UTF-8");
    autoReply.setHeader("Auto-Submitted", "auto-replied");
    mail.deliver(autoReply);
    MimeMessage bounce =
        message("MAILER-DAEMON@desconhecido.example", OOBJ_SUPPORT, "Falha " + robot);
    bounce.setText("Undelivered: " + robot, "UTF-8");
    mail.deliver(bounce);

    reader.readAll();
    outboxJob.sendDue();

    assertThat(outcomes(stranger)).containsExactly("UNKNOWN_SENDER", "UNKNOWN_SENDER");
    assertThat(mail.inbox(stranger, stranger))
        .hasSize(1)
        .allSatisfy(
            m -> {
              assertThat(m.subject()).startsWith("Re: Quero suporte");
              assertThat(m.autoSubmitted()).isEqualTo("auto-generated");
            });
    assertThat(outcomes(robot)).containsExactly("IGNORED");
    List<String> recorded = new java.util.ArrayList<>();
    api.get("oobj-analyst", "/api/mail/inbound")
        .assertStatus(200)
        .json()
        .forEach(r -> recorded.add(r.path("sender").asText() + " " + r.path("outcome").asText()));
    assertThat(recorded).contains(stranger + " UNKNOWN_SENDER", robot + " IGNORED");
    api.get("leiloes-analyst", "/api/mail/inbound?tenant=oobj").assertProblem(403);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient IN (?, ?)")
                .params(robot, "mailer-daemon@desconhecido.example")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  @DisplayName(
      "E-mail in: malformed MIME is recorded as REJECTED and the mail after it is still read; a huge body is cut")
  void badMailLosesNothing() throws MessagingException {
    String broken = "<" + UUID.randomUUID() + "@cliente.example>";
    mail.deliverRaw(
        "oobj-saas@demo.supportflow.dev",
        OOBJ_SUPPORT,
        "From: oobj-saas@demo.supportflow.dev\r\n"
            + "To: "
            + OOBJ_SUPPORT
            + "\r\n"
            + "Subject: Quebrada\r\n"
            + "Message-ID: "
            + broken
            + "\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\"nunca-aparece\"\r\n"
            + "\r\n"
            + "sem nenhuma fronteira\r\n");
    String subject = "Corpo enorme " + token();
    MimeMessage huge = message("oobj-saas@demo.supportflow.dev", OOBJ_SUPPORT, subject);
    MimeMultipart parts = new MimeMultipart();
    MimeBodyPart text = new MimeBodyPart();
    text.setText("ção ".repeat(50_000), "UTF-8");
    MimeBodyPart attachment = new MimeBodyPart();
    attachment.setContent("MZ…", "application/octet-stream");
    attachment.setFileName("programa.exe");
    parts.addBodyPart(text);
    parts.addBodyPart(attachment);
    huge.setContent(parts);
    mail.deliver(huge);

    reader.readAll();

    assertThat(
            jdbc.sql("SELECT outcome FROM mail_inbound WHERE message_id = ?")
                .param(broken)
                .query(String.class)
                .single())
        .isEqualTo("REJECTED");
    String description = (String) ticket(subject).get("description");
    assertThat(description).hasSizeLessThanOrEqualTo(20_000).contains("programa.exe");
    assertThat(description).startsWith("ção ção");
  }

  private static MimeMessage message(String from, String to, String subject)
      throws MessagingException {
    MimeMessage message = new MimeMessage(TestMailboxes.session());
    message.setFrom(new InternetAddress(from));
    message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to));
    message.setSubject(subject, "ISO-8859-1");
    return message;
  }

  private Map<String, Object> ticket(String subject) {
    List<Map<String, Object>> found = tickets(subject);
    assertThat(found).as("tickets with subject " + subject).hasSize(1);
    return found.get(0);
  }

  private List<Map<String, Object>> tickets(String subject) {
    return jdbc
        .sql(
            "SELECT ticket_number, tenant, client_id, channel, status, subject, description, reply"
                + " FROM ticket WHERE subject = ? AND channel = 'EMAIL' ORDER BY ticket_number")
        .param(subject)
        .query()
        .listOfRows()
        .stream()
        .map(row -> lowerKeys(row))
        .toList();
  }

  private List<String> outcomes(String sender) {
    return jdbc.sql("SELECT outcome FROM mail_inbound WHERE sender = ? ORDER BY inbound_id")
        .param(sender)
        .query(String.class)
        .list();
  }

  private static Map<String, Object> lowerKeys(Map<String, Object> row) {
    Map<String, Object> lower = new java.util.HashMap<>();
    row.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
    return lower;
  }

  private static String token() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
