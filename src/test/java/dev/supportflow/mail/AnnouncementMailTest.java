package dev.supportflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.supportflow.HttpApi;
import dev.supportflow.mail.TestMailboxes.Received;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** O-13 by e-mail: announcements go through the outbox; deliveries show SENT or FAILED. */
class AnnouncementMailTest extends MailIntegrationTest {

  private static final String ADDRESS = "leiloes-premium@demo.supportflow.dev";

  @Autowired EmbeddedMailServer mailServer;

  @BeforeEach
  void subscribed() {
    api.post("leiloes-premium", "/api/subscriptions", json(Map.of("email", ADDRESS)));
  }

  @AfterEach
  void serverRunning() {
    mailServer.start();
  }

  @Test
  @DisplayName(
      "O-13: an announcement arrives in the subscriber's mailbox and its delivery shows SENT")
  void announcementArrives() {
    clockAt("2026-11-24T09:00");
    long id =
        publish("Manutenção programada <sábado>", "O sistema ficará fora do ar das 22h às 23h.");

    assertThat(status(id)).containsEntry(ADDRESS, "PENDING");
    outboxJob.sendDue();

    List<Received> received = mail.inbox(ADDRESS, "demo", "Manutenção programada");
    assertThat(received).hasSize(1);
    assertThat(received.get(0).subject())
        .isEqualTo("[ERP Suporte Leilões] Manutenção programada <sábado>");
    assertThat(received.get(0).text()).contains("O sistema ficará fora do ar das 22h às 23h.");
    assertThat(received.get(0).html()).contains("Manutenção programada &lt;sábado&gt;");
    assertThat(status(id)).containsEntry(ADDRESS, "SENT");
    JsonNode delivery = delivery(id, ADDRESS);
    assertThat(delivery.path("sentAt").asText()).endsWith("Z");
    assertThat(delivery.path("failure").isNull()).isTrue();
  }

  @Test
  @DisplayName(
      "O-13: while the server stays down, each delivery is retried and then FAILED with the reason")
  void deliveryFailsAfterTheLastAttempt() {
    clockAt("2026-11-24T10:00");
    mailServer.stop();
    long id = publish("Nova versão", "Versão 5.2 disponível.");

    outboxJob.sendDue(); // attempt 1 of 3 (test profile)
    assertThat(status(id)).containsEntry(ADDRESS, "PENDING");
    clockAt("2026-11-24T11:00");
    outboxJob.sendDue(); // attempt 2
    clockAt("2026-11-24T12:00");
    outboxJob.sendDue(); // attempt 3, the last

    assertThat(status(id)).containsEntry(ADDRESS, "FAILED");
    assertThat(delivery(id, ADDRESS).path("failure").asText()).containsIgnoringCase("connect");
    List<String> failedForStaff = new ArrayList<>();
    api.get("leiloes-supervisor", "/api/mail/outbox?status=FAILED")
        .assertStatus(200)
        .json()
        .forEach(
            m ->
                failedForStaff.add(
                    m.path("reference").asText() + " " + m.path("recipient").asText()));
    assertThat(failedForStaff).contains("ANN-" + id + " " + ADDRESS);
    api.get("leiloes-premium", "/api/mail/outbox").assertProblem(403);

    mailServer.start();
    clockAt("2026-11-24T13:00");
    outboxJob.sendDue();
    assertThat(status(id)).as("FAILED is final").containsEntry(ADDRESS, "FAILED");
    assertThat(mail.inbox(ADDRESS, "demo", "Nova versão")).isEmpty();
  }

  private long publish(String title, String body) {
    return api.post(
            "leiloes-analyst", "/api/announcements", json(Map.of("title", title, "body", body)))
        .assertStatus(201)
        .json()
        .path("id")
        .asLong();
  }

  private static String json(Map<String, String> body) {
    try {
      return HttpApi.JSON.writeValueAsString(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, String> status(long id) {
    Map<String, String> status = new java.util.HashMap<>();
    deliveries(id).forEach(d -> status.put(d.path("email").asText(), d.path("status").asText()));
    return status;
  }

  private JsonNode delivery(long id, String email) {
    return deliveries(id).stream()
        .filter(d -> d.path("email").asText().equals(email))
        .findFirst()
        .orElseThrow();
  }

  private List<JsonNode> deliveries(long id) {
    List<JsonNode> list = new ArrayList<>();
    api.get("leiloes-analyst", "/api/announcements/" + id + "/deliveries")
        .assertStatus(200)
        .json()
        .forEach(list::add);
    return list;
  }
}
