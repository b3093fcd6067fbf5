package dev.supportflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.supportflow.SupportFlowIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The client REST API of API.md ("Tickets", "Errors"), over real HTTP against the running server: statuses,
 * headers, bodies and problem+json for every refusal. The database is shared with other test classes, so every
 * assertion is about tickets created here (or about counts before and after).
 */
class TicketApiTest extends SupportFlowIntegrationTest {

  // 2026-11-21 is a Saturday, 2026-11-22 a Sunday, 2026-11-23 a Monday (São Paulo, UTC-3, no DST).
  private static final String MONDAY_10_00 = "2026-11-23T10:00";
  private static final String SUNDAY_10_00 = "2026-11-22T10:00";
  private static final String SATURDAY_22_00 = "2026-11-21T22:00";
  private static final String PASSWORD = "demo";
  private static final String ID_LEILOES = "LEI-\\d{6,}";
  /**
   * Wrong passwords are tried only on these users: Camunda's identity service refuses even the right password for
   * a few seconds after a wrong one (brute-force delay, measured on the engine clock the tests move).
   */
  private static final String LOCKABLE_CLIENT = "oobj-inhouse-oracle";
  private static final String LOCKABLE_STAFF = "oobj-owner";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();

  @LocalServerPort
  int port;

  @org.springframework.beans.factory.annotation.Autowired
  org.camunda.bpm.engine.TaskService taskService;

  // ---------------------------------------------------------------------------------------------------------------
  // 201 / 200: opening and reading

  @Test
  @DisplayName("API: a client opens a ticket: 201, Location, ticket view with the fields of API.md")
  void clientOpensTicket() {
    clockAt(MONDAY_10_00);
    Response response = post("leiloes-basic", ticket("Sistema lento"));

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.contentType()).startsWith("application/json");
    JsonNode view = response.json();
    String id = view.path("id").asText();
    assertThat(id).matches(ID_LEILOES);
    assertThat(response.header("Location")).isEqualTo("/api/tickets/" + id);
    assertThat(view.path("tenant").asText()).isEqualTo("leiloes");
    assertThat(view.path("clientId").asText()).isEqualTo("leiloes-basic");
    assertThat(view.path("status").asText()).isEqualTo("OPEN");
    assertThat(view.path("channel").asText()).isEqualTo("PORTAL");
    assertThat(view.path("type").asText()).isEqualTo("INCIDENT");
    assertThat(view.path("topic").asText()).isEqualTo("SOFTWARE_FAILURE");
    assertThat(view.path("symptom").asText()).isEqualTo("DEGRADED");
    assertThat(view.path("receivedAt").asText()).isEqualTo(utc(MONDAY_10_00));
    assertThat(view.get("emergency").isBoolean()).isTrue();
    assertThat(view.get("emergency").asBoolean()).isFalse();
    assertThat(view.get("outOfHours").isBoolean()).isTrue();
    assertThat(view.get("outOfHours").asBoolean()).isFalse();
    assertThat(view.get("slaApplies").asBoolean()).isTrue();
    // L-2.2: 30 business minutes, written as a UTC instant.
    assertThat(view.path("firstResponseDueAt").asText()).isEqualTo("2026-11-23T13:30:00Z").endsWith("Z");
    assertThat(view.has("resolutionDueAt")).isTrue();
    assertThat(view.get("resolutionDueAt").isNull()).isTrue();
    assertThat(view.get("billable").isBoolean()).isTrue();
    assertThat(view.get("billable").asBoolean()).isFalse();
    assertThat(view.has("reply")).isTrue();
    assertThat(view.get("kbSuggestions").isArray()).isTrue();
    assertThat(view.has("quote")).isTrue();
    assertThat(view.get("quote").isNull()).isTrue();
    assertThat(view.has("timeline")).as("timeline only on a single-ticket read").isFalse();
  }

  @Test
  @DisplayName("API: GET /api/tickets/{id} returns the ticket view plus its timeline, RECEIVED first, oldest first")
  void readOneTicketWithTimeline() {
    clockAt(MONDAY_10_00);
    JsonNode created = post("leiloes-basic", ticket("Lentidão no pregão")).json();
    String id = created.path("id").asText();

    Response response = get("leiloes-basic", "/api/tickets/" + id);

    assertThat(response.status()).isEqualTo(200);
    JsonNode view = response.json();
    assertThat(view.path("id").asText()).isEqualTo(id);
    assertThat(view.path("clientId").asText()).isEqualTo("leiloes-basic");
    assertThat(view.path("status").asText()).isEqualTo("OPEN");
    assertThat(view.path("firstResponseDueAt").asText()).isEqualTo(created.path("firstResponseDueAt").asText());
    JsonNode timeline = view.get("timeline");
    assertThat(timeline.isArray()).isTrue();
    assertThat(timeline.size()).isGreaterThanOrEqualTo(2);
    assertThat(timeline.get(0).path("kind").asText()).isEqualTo("RECEIVED");
    List<Instant> at = new ArrayList<>();
    timeline.forEach(entry -> at.add(Instant.parse(entry.path("at").asText())));
    assertThat(at).isSorted();
    assertThat(timeline.get(0).path("at").asText()).endsWith("Z");
  }

  @Test
  @DisplayName("API: GET /api/tickets lists the caller's own tickets newest first, paged by page and size")
  void listIsNewestFirstAndPaged() {
    clockAt(MONDAY_10_00);
    String first = open("leiloes-premium", ticket("Lista 1"));
    String second = open("leiloes-premium", ticket("Lista 2"));
    String third = open("leiloes-premium", ticket("Lista 3"));

    Response page0 = get("leiloes-premium", "/api/tickets?page=0&size=2");
    Response page1 = get("leiloes-premium", "/api/tickets?page=1&size=2");

    assertThat(page0.status()).isEqualTo(200);
    assertThat(ids(page0.json())).containsExactly(third, second);
    assertThat(page1.status()).isEqualTo(200);
    assertThat(ids(page1.json())).startsWith(first);
    assertThat(page1.json().get(0).has("timeline")).isFalse();
    assertThat(allTickets("leiloes-premium")).extracting(t -> t.path("clientId").asText())
        .containsOnly("leiloes-premium");
  }

  @Test
  @DisplayName("API: GET /api/tickets?status= filters by status")
  void listFiltersByStatus() {
    clockAt(MONDAY_10_00);
    String open = open("leiloes-premium", ticket("Em horário"));
    clockAt(SATURDAY_22_00);
    JsonNode queued = post("leiloes-premium", ticket("Fora de horário")).json();
    assertThat(queued.path("status").asText()).isEqualTo("AWAITING_QUOTE");

    List<JsonNode> onlyQueued = pages("leiloes-premium", "status=AWAITING_QUOTE");
    List<JsonNode> onlyOpen = pages("leiloes-premium", "status=OPEN");

    assertThat(onlyQueued).extracting(t -> t.path("status").asText()).containsOnly("AWAITING_QUOTE");
    assertThat(onlyQueued).extracting(t -> t.path("id").asText()).contains(queued.path("id").asText())
        .doesNotContain(open);
    assertThat(onlyOpen).extracting(t -> t.path("status").asText()).containsOnly("OPEN");
    assertThat(onlyOpen).extracting(t -> t.path("id").asText()).contains(open)
        .doesNotContain(queued.path("id").asText());
  }

  @Test
  @DisplayName("API: a client never sees another client's tickets in its list")
  void listShowsOnlyTheCallersTickets() {
    clockAt(MONDAY_10_00);
    String basics = open("leiloes-basic", ticket("Do basic"));
    String premiums = open("leiloes-premium", ticket("Do premium"));
    String oobjs = open("oobj-saas", oobjTicket("Da oobj"));

    List<JsonNode> basicSees = allTickets("leiloes-basic");
    List<JsonNode> oobjSees = allTickets("oobj-saas");

    assertThat(basicSees).extracting(t -> t.path("id").asText()).contains(basics).doesNotContain(premiums, oobjs);
    assertThat(basicSees).extracting(t -> t.path("clientId").asText()).containsOnly("leiloes-basic");
    assertThat(oobjSees).extracting(t -> t.path("id").asText()).contains(oobjs).doesNotContain(basics, premiums);
    assertThat(oobjSees).extracting(t -> t.path("clientId").asText()).containsOnly("oobj-saas");
  }

  @Test
  @DisplayName("API: a gateway opens a ticket for a client of its tenant, with clientId and a past receivedAt, stored as that instant")
  void gatewayOpensForClientWithReceivedAt() {
    clockAt(MONDAY_10_00);
    ObjectNode body = ticket("Recebido por telefone")
        .put("channel", "PHONE")
        .put("clientId", "leiloes-premium")
        .put("receivedAt", "2026-11-23T09:15:00-03:00");

    Response response = post("leiloes-gateway", body);

    assertThat(response.status()).isEqualTo(201);
    JsonNode view = response.json();
    assertThat(view.path("clientId").asText()).isEqualTo("leiloes-premium");
    assertThat(view.path("tenant").asText()).isEqualTo("leiloes");
    assertThat(view.path("receivedAt").asText()).isEqualTo("2026-11-23T12:15:00Z");
    assertThat(view.path("status").asText()).isEqualTo("OPEN");
    // The SLA counts from when the channel got the message, not from when the gateway forwarded it.
    assertThat(view.path("firstResponseDueAt").asText()).isEqualTo("2026-11-23T12:45:00Z");
    // The client it was opened for reads it as its own.
    Response asClient = get("leiloes-premium", "/api/tickets/" + view.path("id").asText());
    assertThat(asClient.status()).isEqualTo(200);
    assertThat(asClient.json().path("receivedAt").asText()).isEqualTo("2026-11-23T12:15:00Z");
  }

  @Test
  @DisplayName("L-4.3 via API: a gateway's out-of-hours receivedAt on a weekend, non-emergency, waits for a quote")
  void gatewayWeekendReceivedAtIsQueued() {
    clockAt(SUNDAY_10_00);
    ObjectNode body = ticket("Mensagem de sábado à noite")
        .put("channel", "WHATSAPP_OFFICIAL")
        .put("clientId", "leiloes-premium")
        .put("receivedAt", "2026-11-21T22:00:00-03:00");

    Response response = post("leiloes-gateway", body);

    assertThat(response.status()).isEqualTo(201);
    JsonNode view = response.json();
    assertThat(view.path("receivedAt").asText()).isEqualTo("2026-11-22T01:00:00Z");
    assertThat(view.path("status").asText()).isEqualTo("AWAITING_QUOTE");
    assertThat(view.path("emergency").asBoolean()).isFalse();
    assertThat(view.path("outOfHours").asBoolean()).isTrue();
    assertThat(view.get("firstResponseDueAt").isNull()).isTrue();
  }

  @Test
  @DisplayName("O-2 via API: an oobj emergency written through the portal on a Sunday: 201, QUEUED for the next opening, free, no quote; the reply gives the emergency phone")
  void portalEmergencyOnSundayIsQueued() {
    clockAt(SUNDAY_10_00);
    ObjectNode body = oobjTicket("Emissão de NF-e parada").put("symptom", "SERVER_DOWN");

    Response response = post("oobj-saas", body);

    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    JsonNode view = response.json();
    assertThat(view.path("status").asText()).isEqualTo("QUEUED");
    assertThat(view.path("emergency").asBoolean()).isTrue();
    assertThat(view.path("outOfHours").asBoolean()).isTrue();
    assertThat(view.get("billable").asBoolean()).isFalse();
    assertThat(view.get("quote").isNull()).isTrue();
    assertThat(view.get("firstResponseDueAt").isNull()).isTrue();
    assertThat(view.path("reply").asText()).contains("próxima abertura").contains("07h–19h")
        .contains("(62) 3086-5750");
    assertThat(quoteTasks(view.path("id").asText())).isZero();
  }

  @Test
  @DisplayName("L-2.1 × L-4.3 via API: a gateway's message to another number on a Saturday night: 201, QUEUED for the next opening, free, no quote; the reply names the official number")
  void gatewayOtherNumberOutOfHoursIsQueuedWithoutQuote() {
    clockAt(SUNDAY_10_00);
    ObjectNode body = ticket("Mensagem para o celular do analista")
        .put("channel", "WHATSAPP_OTHER")
        .put("symptom", "NONE")
        .put("clientId", "leiloes-premium")
        .put("receivedAt", "2026-11-21T22:00:00-03:00");

    Response response = post("leiloes-gateway", body);

    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    JsonNode view = response.json();
    assertThat(view.path("status").asText()).isEqualTo("QUEUED");
    assertThat(view.path("outOfHours").asBoolean()).isTrue();
    assertThat(view.get("billable").asBoolean()).isFalse();
    assertThat(view.get("quote").isNull()).isTrue();
    assertThat(view.get("firstResponseDueAt").isNull()).isTrue();
    assertThat(view.path("reply").asText()).contains("(38) 99950-7998").contains("não garantimos SLA")
        .contains("próxima abertura");
    assertThat(quoteTasks(view.path("id").asText())).isZero();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Idempotency-Key

  @Test
  @DisplayName("API: same Idempotency-Key and same body: 200 with the same ticket, and only one ticket exists")
  void idempotentReplayReturnsTheSameTicket() {
    clockAt(MONDAY_10_00);
    String key = UUID.randomUUID().toString();
    String body = ticket("Replay seguro").toString();
    int before = allTickets("leiloes-enterprise").size();

    Response first = send("leiloes-enterprise", "POST", "/api/tickets", BodyPublishers.ofString(body),
        r -> r.header("Content-Type", "application/json").header("Idempotency-Key", key));
    Response replay = send("leiloes-enterprise", "POST", "/api/tickets", BodyPublishers.ofString(body),
        r -> r.header("Content-Type", "application/json").header("Idempotency-Key", key));

    assertThat(first.status()).isEqualTo(201);
    assertThat(replay.status()).isEqualTo(200);
    assertThat(replay.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
    assertThat(replay.json().path("clientId").asText()).isEqualTo("leiloes-enterprise");
    assertThat(allTickets("leiloes-enterprise")).hasSize(before + 1);
  }

  @Test
  @DisplayName("API: same Idempotency-Key with another body: 409 problem+json, no second ticket")
  void idempotencyKeyReusedWithOtherBodyConflicts() {
    clockAt(MONDAY_10_00);
    String key = UUID.randomUUID().toString();
    int before = allTickets("leiloes-enterprise").size();

    Response first = send("leiloes-enterprise", "POST", "/api/tickets",
        BodyPublishers.ofString(ticket("Primeiro corpo").toString()),
        r -> r.header("Content-Type", "application/json").header("Idempotency-Key", key));
    Response other = send("leiloes-enterprise", "POST", "/api/tickets",
        BodyPublishers.ofString(ticket("Outro corpo").toString()),
        r -> r.header("Content-Type", "application/json").header("Idempotency-Key", key));

    assertThat(first.status()).isEqualTo(201);
    assertProblem(other, 409);
    assertThat(other.json().path("detail").asText()).contains("Idempotency-Key");
    assertThat(allTickets("leiloes-enterprise")).hasSize(before + 1);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 400

  @Test
  @DisplayName("API 400: malformed JSON is a problem+json, not a stack trace")
  void malformedJson() {
    Response response = postRaw("leiloes-basic", "{\"channel\": \"PORTAL\", \"subject\": ", "application/json");

    assertProblem(response, 400);
  }

  @Test
  @DisplayName("API 400: an unknown enum value names the field (channel CARRIER_PIGEON)")
  void unknownEnumValue() {
    Response response = post("leiloes-basic", ticket("Pombo").put("channel", "CARRIER_PIGEON"));

    assertProblem(response, 400);
    assertThat(fields(response)).contains("channel");
    assertThat(response.json().path("detail").asText()).contains("channel").contains("CARRIER_PIGEON");
  }

  @Test
  @DisplayName("API 400: a missing subject is a field error on subject")
  void missingSubject() {
    ObjectNode body = ticket("x");
    body.remove("subject");

    Response response = post("leiloes-basic", body);

    assertProblem(response, 400);
    assertThat(fields(response)).contains("subject");
  }

  @Test
  @DisplayName("API 400: a subject over 200 characters is a field error on subject; exactly 200 is accepted")
  void subjectTooLong() {
    clockAt(MONDAY_10_00);
    Response tooLong = post("leiloes-basic", ticket("s".repeat(201)));
    Response atLimit = post("leiloes-basic", ticket("s".repeat(200)));

    assertProblem(tooLong, 400);
    assertThat(fields(tooLong)).containsExactly("subject");
    assertThat(atLimit.status()).isEqualTo(201);
  }

  @Test
  @DisplayName("API 400: a gateway's receivedAt in the future is a field error on receivedAt")
  void receivedAtInTheFuture() {
    clockAt(MONDAY_10_00);
    ObjectNode body = ticket("Do futuro")
        .put("clientId", "leiloes-premium")
        .put("receivedAt", "2026-11-23T10:05:00-03:00");

    Response response = post("leiloes-gateway", body);

    assertProblem(response, 400);
    assertThat(fields(response)).containsExactly("receivedAt");
  }

  @Test
  @DisplayName("API 400: an unknown tenant is a field error on tenant")
  void unknownTenant() {
    Response response = post("leiloes-basic", ticket("Tenant errado").put("tenant", "nowhere"));

    assertProblem(response, 400);
    assertThat(fields(response)).containsExactly("tenant");
  }

  @Test
  @DisplayName("API 400: an unknown status filter or a page size out of range on the list")
  void badListParameters() {
    Response status = get("leiloes-basic", "/api/tickets?status=WHATEVER");
    Response size = get("leiloes-basic", "/api/tickets?size=0");

    assertProblem(status, 400);
    assertThat(fields(status)).containsExactly("status");
    assertProblem(size, 400);
    assertThat(fields(size)).containsExactly("size");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 401

  @Test
  @DisplayName("API 401: no credentials or a wrong password on /api/tickets: problem+json with a Basic challenge")
  void unauthenticatedApi() {
    Response anonymousGet = anonymous("GET", "/api/tickets", BodyPublishers.noBody(), r -> { });
    Response anonymousPost = anonymous("POST", "/api/tickets", BodyPublishers.ofString(ticket("x").toString()),
        r -> r.header("Content-Type", "application/json"));
    Response wrongPassword = sendAs(LOCKABLE_CLIENT, "not-the-password", "GET", "/api/tickets",
        BodyPublishers.noBody(), r -> { });
    Response unknownUser = sendAs("nobody", PASSWORD, "GET", "/api/tickets", BodyPublishers.noBody(), r -> { });

    for (Response response : List.of(anonymousGet, anonymousPost, wrongPassword, unknownUser)) {
      assertProblem(response, 401);
      assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
    }
  }

  @Test
  @DisplayName("API 401: no credentials or a wrong password on /engine-rest/task: problem+json")
  void unauthenticatedEngineRest() {
    Response anonymous = anonymous("GET", "/engine-rest/task", BodyPublishers.noBody(), r -> { });
    Response wrongPassword = sendAs(LOCKABLE_STAFF, "wrong", "GET", "/engine-rest/task",
        BodyPublishers.noBody(), r -> { });

    assertProblem(anonymous, 401);
    assertProblem(wrongPassword, 401);
    // The right password gets past authentication (what the engine answers then is not this test's concern).
    assertThat(get("leiloes-analyst", "/engine-rest/task").status()).isNotEqualTo(401);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 403

  @Test
  @DisplayName("API 403: a client may not set clientId")
  void clientSettingClientId() {
    clockAt(MONDAY_10_00);
    Response response = post("leiloes-basic", ticket("Em nome de outro").put("clientId", "leiloes-premium"));

    assertProblem(response, 403);
  }

  @Test
  @DisplayName("API 403: a client may not set receivedAt")
  void clientSettingReceivedAt() {
    clockAt(MONDAY_10_00);
    Response response = post("leiloes-basic", ticket("Antedatado").put("receivedAt", "2026-11-23T09:00:00-03:00"));

    assertProblem(response, 403);
  }

  @Test
  @DisplayName("API 403: a leiloes client may not open a ticket in tenant oobj")
  void clientOfOtherTenant() {
    clockAt(MONDAY_10_00);
    Response response = post("leiloes-basic", oobjTicket("Na oobj").put("tenant", "oobj"));

    assertProblem(response, 403);
  }

  @Test
  @DisplayName("API 403: the leiloes gateway may not open a ticket in tenant oobj")
  void gatewayOfOtherTenant() {
    clockAt(MONDAY_10_00);
    Response response = post("leiloes-gateway",
        oobjTicket("Na oobj").put("tenant", "oobj").put("clientId", "oobj-saas"));

    assertProblem(response, 403);
  }

  @Test
  @DisplayName("API 403: staff (an analyst) do not open tickets")
  void analystMayNotOpen() {
    clockAt(MONDAY_10_00);
    Response response = post("leiloes-analyst", ticket("Pelo analista"));

    assertProblem(response, 403);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 404

  @Test
  @DisplayName("API 404: an unknown ticket id and a malformed id")
  void unknownAndMalformedIds() {
    Response unknown = get("leiloes-basic", "/api/tickets/LEI-999999999");
    Response unknownPrefix = get("leiloes-basic", "/api/tickets/XYZ-000001");
    Response malformed = get("leiloes-basic", "/api/tickets/not-a-ticket");
    Response injection = get("leiloes-basic", "/api/tickets/LEI-1%27%20OR%201=1");

    assertProblem(unknown, 404);
    assertProblem(unknownPrefix, 404);
    assertProblem(malformed, 404);
    assertProblem(injection, 404);
  }

  @Test
  @DisplayName("API 404: a ticket of another tenant or of another client is not found (not 403), like an unknown id")
  void otherTenantsAndOtherClientsTicketsAreNotFound() {
    clockAt(MONDAY_10_00);
    String basics = open("leiloes-basic", ticket("Só meu"));

    Response otherTenant = get("oobj-saas", "/api/tickets/" + basics);
    Response otherClient = get("leiloes-premium", "/api/tickets/" + basics);
    Response otherTenantsGateway = get("oobj-gateway", "/api/tickets/" + basics);

    assertProblem(otherTenant, 404);
    assertProblem(otherClient, 404);
    assertProblem(otherTenantsGateway, 404);
    assertThat(otherClient.json().path("title").asText())
        .isEqualTo(get("leiloes-premium", "/api/tickets/LEI-999999999").json().path("title").asText());
    // Staff of the same tenant do read it.
    assertThat(get("leiloes-analyst", "/api/tickets/" + basics).status()).isEqualTo(200);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 413, 415

  @Test
  @DisplayName("API 413: a body over 256 KiB with a Content-Length is refused before it is read")
  void bodyTooLargeWithContentLength() {
    clockAt(MONDAY_10_00);
    int before = allTickets("leiloes-basic").size();
    byte[] body = ticket("Grande").put("description", "x".repeat(300 * 1024)).toString()
        .getBytes(StandardCharsets.UTF_8);

    Response response = send("leiloes-basic", "POST", "/api/tickets", BodyPublishers.ofByteArray(body),
        r -> r.header("Content-Type", "application/json"));

    assertProblem(response, 413);
    assertThat(allTickets("leiloes-basic")).hasSize(before);
  }

  @Test
  @DisplayName("API 413: a chunked body (no Content-Length) over 256 KiB is refused as it streams")
  void bodyTooLargeChunked() {
    clockAt(MONDAY_10_00);
    int before = allTickets("leiloes-basic").size();
    byte[] body = ticket("Grande em partes").put("description", "x".repeat(300 * 1024)).toString()
        .getBytes(StandardCharsets.UTF_8);

    Response response = send("leiloes-basic", "POST", "/api/tickets",
        BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)),
        r -> r.header("Content-Type", "application/json"));

    assertProblem(response, 413);
    assertThat(allTickets("leiloes-basic")).hasSize(before);
  }

  @Test
  @DisplayName("API 413: the limit also holds when the path is percent-encoded (/%61pi/tickets)")
  void bodyTooLargeOnEncodedPath() {
    clockAt(MONDAY_10_00);
    byte[] body = ticket("Grande, caminho codificado").put("description", "x".repeat(300 * 1024)).toString()
        .getBytes(StandardCharsets.UTF_8);

    Response response = send("leiloes-basic", "POST", "/%61pi/tickets", BodyPublishers.ofByteArray(body),
        r -> r.header("Content-Type", "application/json"));

    assertProblem(response, 413);
  }

  @Test
  @DisplayName("API: a chunked body under the limit is read normally (201)")
  void smallChunkedBodyIsAccepted() {
    clockAt(MONDAY_10_00);
    byte[] body = ticket("Pequeno em partes").toString().getBytes(StandardCharsets.UTF_8);

    Response response = send("leiloes-basic", "POST", "/api/tickets",
        BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)),
        r -> r.header("Content-Type", "application/json"));

    assertThat(response.status()).isEqualTo(201);
  }

  @Test
  @DisplayName("API 415: a body sent as text/plain is refused as not JSON")
  void notJson() {
    Response response = postRaw("leiloes-basic", ticket("Texto").toString(), "text/plain");

    assertProblem(response, 415);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Errors in general

  @Test
  @DisplayName("API errors: no error body carries a stack trace or an HTML page, whatever the Accept header")
  void errorsNeverLeakStackTracesOrHtml() {
    clockAt(MONDAY_10_00);
    List<Response> errors = List.of(
        postRaw("leiloes-basic", "{", "application/json"),
        postRaw("leiloes-basic", "[1, 2, 3]", "application/json"),
        postRaw("leiloes-basic", "\"just a string\"", "application/json"),
        postRaw("leiloes-basic", "", "application/json"),
        postRaw("leiloes-basic", ticket("x").put("receivedAt", "yesterday").toString(), "application/json"),
        postRaw("leiloes-basic", ticket("x").put("auctionInProgress", "maybe").toString(), "application/json"),
        postRaw("leiloes-basic", "<ticket/>", "application/xml"),
        send("leiloes-basic", "GET", "/api/tickets/LEI-000000", BodyPublishers.noBody(),
            r -> r.header("Accept", "text/html")),
        send("leiloes-basic", "DELETE", "/api/tickets", BodyPublishers.noBody(), r -> { }),
        send("leiloes-basic", "GET", "/api/no-such-endpoint", BodyPublishers.noBody(), r -> { }),
        anonymous("GET", "/api/tickets", BodyPublishers.noBody(), r -> r.header("Accept", "text/html")));

    for (Response response : errors) {
      assertThat(response.status()).as(response.toString()).isBetween(400, 499);
      assertThat(response.body()).as(response.toString())
          .doesNotContain("at dev.", "at org.", "Exception", "<html", "<!doctype", "Whitelabel");
      assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
    }
  }

  @Test
  @DisplayName("API: bad requests harm nothing: afterwards a good ticket still opens and the client's count grew by exactly the good ones")
  void badRequestsDoNotHarmOtherTickets() {
    clockAt(MONDAY_10_00);
    int before = allTickets("leiloes-enterprise").size();

    String good1 = open("leiloes-enterprise", ticket("Bom antes"));
    postRaw("leiloes-enterprise", "{\"subject\": ", "application/json");
    post("leiloes-enterprise", ticket("Pombo").put("channel", "CARRIER_PIGEON"));
    post("leiloes-enterprise", ticket("s".repeat(201)));
    post("leiloes-enterprise", ticket("Outro cliente").put("clientId", "leiloes-basic"));
    post("leiloes-enterprise", ticket("Outro tenant").put("tenant", "oobj"));
    post("leiloes-enterprise", ticket("Tenant inexistente").put("tenant", "nowhere"));
    postRaw("leiloes-enterprise", ticket("Texto").toString(), "text/plain");
    send("leiloes-enterprise", "POST", "/api/tickets",
        BodyPublishers.ofString(ticket("Grande").put("description", "x".repeat(300 * 1024)).toString()),
        r -> r.header("Content-Type", "application/json"));
    sendAs(LOCKABLE_CLIENT, "wrong", "POST", "/api/tickets", BodyPublishers.ofString(ticket("x").toString()),
        r -> r.header("Content-Type", "application/json"));
    String good2 = open("leiloes-enterprise", ticket("Bom depois"));

    assertThat(good2).isNotEqualTo(good1);
    Response read = get("leiloes-enterprise", "/api/tickets/" + good2);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().path("status").asText()).isEqualTo("OPEN");
    assertThat(get("leiloes-enterprise", "/api/tickets/" + good1).json().path("subject").asText())
        .isEqualTo("Bom antes");
    assertThat(allTickets("leiloes-enterprise")).hasSize(before + 2);
  }

  @Test
  @DisplayName("C-2 via API: GET /api/tickets/{id}/decisions lists each decision with key, version, matched rules, inputs, outputs, time")
  void decisionsOfATicket() {
    clockAt(MONDAY_10_00);
    String id = open("leiloes-basic", ticket("Trilha de decisões"));

    Response response = get("leiloes-basic", "/api/tickets/" + id + "/decisions");

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    JsonNode decisions = response.json();
    assertThat(decisions).hasSize(4);
    JsonNode channel = decisions.get(1);
    assertThat(channel.path("decisionKey").asText()).isEqualTo("channel-policy");
    assertThat(channel.path("decisionVersion").asInt()).isPositive();
    assertThat(channel.path("matchedRules").get(0).path("ruleId").asText()).isEqualTo("Rule_L_2_1_official");
    assertThat(channel.path("inputs").path("channel").asText()).isEqualTo("PORTAL");
    assertThat(channel.path("outputs").path("channelOutcome").asText()).isEqualTo("ACCEPT");
    assertThat(channel.path("evaluatedAt").asText()).endsWith("Z");
    assertProblem(get("leiloes-premium", "/api/tickets/" + id + "/decisions"), 404);
  }

  @Test
  @DisplayName("L-5 via API: an analyst asks for developer contact (202); a client may not (403); a closed contact is 409")
  void developerContactRequests() {
    clockAt(MONDAY_10_00);
    String open = open("leiloes-basic", ticket("Contato com desenvolvedor"));
    String rejected = open("leiloes-basic", ticket("Por e-mail").put("channel", "EMAIL"));
    String body = "{\"reason\": \"Levantar requisitos\"}";

    Response asked = send("leiloes-analyst", "POST", "/api/tickets/" + open + "/developer-contact",
        BodyPublishers.ofString(body), r -> r.header("Content-Type", "application/json"));
    assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
    assertProblem(send("leiloes-basic", "POST", "/api/tickets/" + open + "/developer-contact",
        BodyPublishers.ofString(body), r -> r.header("Content-Type", "application/json")), 403);
    assertProblem(send("leiloes-analyst", "POST", "/api/tickets/" + rejected + "/developer-contact",
        BodyPublishers.ofString(body), r -> r.header("Content-Type", "application/json")), 409);
    assertProblem(send("oobj-analyst", "POST", "/api/tickets/" + open + "/developer-contact",
        BodyPublishers.ofString(body), r -> r.header("Content-Type", "application/json")), 404);
  }

  @Test
  @DisplayName("O-7 intake answers with the knowledge-base articles that match what the client wrote")
  void intakeSuggestsArticles() {
    clockAt(MONDAY_10_00);
    ObjectNode body = oobjTicket("Rejeicao 225 ao transmitir o lote")
        .put("topic", "FISCAL_DOCUMENT_SCHEMA").put("description", "A SEFAZ devolveu falha no schema do lote de NF-e");

    Response response = post("oobj-saas", body);

    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    JsonNode suggestions = response.json().get("kbSuggestions");
    assertThat(suggestions).isNotEmpty().hasSizeLessThanOrEqualTo(3);
    assertThat(suggestions.get(0).path("title").asText()).contains("225");
    assertThat(suggestions.get(0).path("url").asText()).isEqualTo("/api/kb/" + suggestions.get(0).path("id").asText());
  }

  @Test
  @DisplayName("L-4.3 via API: the client answers the quote with POST /consent; 400 without an answer, 403 for staff, 404 for another client, 409 once answered")
  void consentToAQuote() {
    clockAt(SATURDAY_22_00);
    String id = open("leiloes-premium", ticket("Relatório fora do horário").put("symptom", "NONE"));
    var quoteTask = taskService.createTaskQuery().processInstanceBusinessKey(id)
        .taskDefinitionKey("Task_PrepareQuote").singleResult();
    taskService.claim(quoteTask.getId(), "leiloes-manager");
    taskService.complete(quoteTask.getId(), java.util.Map.of("quoteHours", 2.0, "quoteHourlyRate", 150.0));
    JsonNode waiting = get("leiloes-premium", "/api/tickets/" + id).json();
    assertThat(waiting.path("status").asText()).isEqualTo("AWAITING_CONSENT");
    assertThat(waiting.path("quote").path("amount").decimalValue()).isEqualByComparingTo("300.00");
    assertThat(waiting.path("quote").path("validUntil").asText()).endsWith("Z");
    String path = "/api/tickets/" + id + "/consent";

    assertProblem(send("leiloes-premium", "POST", path, BodyPublishers.ofString("{}"),
        r -> r.header("Content-Type", "application/json")), 400);
    assertProblem(send("leiloes-analyst", "POST", path, BodyPublishers.ofString("{\"accept\": true}"),
        r -> r.header("Content-Type", "application/json")), 403);
    assertProblem(send("leiloes-basic", "POST", path, BodyPublishers.ofString("{\"accept\": true}"),
        r -> r.header("Content-Type", "application/json")), 404);
    Response accepted = send("leiloes-premium", "POST", path, BodyPublishers.ofString("{\"accept\": true}"),
        r -> r.header("Content-Type", "application/json"));
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    assertThat(accepted.json().path("status").asText()).isEqualTo("OPEN");
    assertThat(accepted.json().path("billable").asBoolean()).isTrue();
    assertThat(accepted.json().path("quote").path("status").asText()).isEqualTo("ACCEPTED");
    assertProblem(send("leiloes-premium", "POST", path, BodyPublishers.ofString("{\"accept\": false}"),
        r -> r.header("Content-Type", "application/json")), 409);
  }

  @Test
  @DisplayName("API billable: true from AWAITING_QUOTE on (AWAITING_QUOTE, AWAITING_CONSENT) and after an accepted quote; false once a quote is declined and the ticket waits for the opening, and for work in business hours")
  void billableFromAwaitingQuoteOnAndAfterAcceptance() {
    clockAt(MONDAY_10_00);
    JsonNode inHours = post("leiloes-premium", ticket("Em horário").put("symptom", "NONE")).json();
    assertThat(inHours.path("status").asText()).isEqualTo("OPEN");
    assertThat(inHours.path("billable").asBoolean()).isFalse();

    clockAt(SATURDAY_22_00);
    JsonNode awaitingQuote = post("leiloes-premium", ticket("Cobrável, aceito").put("symptom", "NONE")).json();
    String accepted = awaitingQuote.path("id").asText();
    assertThat(awaitingQuote.path("status").asText()).isEqualTo("AWAITING_QUOTE");
    assertThat(awaitingQuote.path("billable").asBoolean()).isTrue();
    assertThat(pages("leiloes-premium", "status=AWAITING_QUOTE"))
        .filteredOn(t -> t.path("id").asText().equals(accepted)).singleElement()
        .satisfies(t -> assertThat(t.path("billable").asBoolean()).isTrue());

    JsonNode awaitingConsent = quote(accepted);
    assertThat(awaitingConsent.path("status").asText()).isEqualTo("AWAITING_CONSENT");
    assertThat(awaitingConsent.path("billable").asBoolean()).isTrue();
    JsonNode worked = consent("leiloes-premium", accepted, "{\"accept\": true}");
    assertThat(worked.path("status").asText()).isEqualTo("OPEN");
    assertThat(worked.path("billable").asBoolean()).isTrue();

    String declined = open("leiloes-premium", ticket("Cobrável, recusado").put("symptom", "NONE"));
    quote(declined);
    JsonNode queued = consent("leiloes-premium", declined, "{\"accept\": false}");
    assertThat(queued.path("status").asText()).isEqualTo("QUEUED");
    assertThat(queued.path("billable").asBoolean()).isFalse();
    assertThat(get("leiloes-premium", "/api/tickets/" + declined).json().path("billable").asBoolean()).isFalse();
  }

  @Test
  @DisplayName("API consent body: a missing, null or non-boolean accept is 400 with field accept, malformed JSON is 400, like the other consent endpoints; the quote still waits")
  void consentBodyIsValidated() {
    clockAt(SATURDAY_22_00);
    String id = open("leiloes-premium", ticket("Resposta inválida").put("symptom", "NONE"));
    quote(id);
    String path = "/api/tickets/" + id + "/consent";

    for (String body : List.of("{}", "{\"accept\": null}", "{\"accept\": \"talvez\"}", "{\"aceito\": true}")) {
      Response refused = send("leiloes-premium", "POST", path, BodyPublishers.ofString(body),
          r -> r.header("Content-Type", "application/json"));
      assertProblem(refused, 400);
      assertThat(fields(refused)).as(body).containsExactly("accept");
    }
    assertProblem(send("leiloes-premium", "POST", path, BodyPublishers.ofString("{\"accept\": "),
        r -> r.header("Content-Type", "application/json")), 400);

    assertThat(get("leiloes-premium", "/api/tickets/" + id).json().path("status").asText())
        .isEqualTo("AWAITING_CONSENT");
    assertThat(consent("leiloes-premium", id, "{\"accept\": true}").path("status").asText()).isEqualTo("OPEN");
  }

  @Test
  @DisplayName("O-6 no limit on the number of tickets per client: 30 in a row are all accepted")
  void noLimitPerClient() {
    clockAt(MONDAY_10_00);
    for (int i = 0; i < 30; i++) {
      Response response = post("oobj-inhouse-pg", oobjTicket("Chamado número " + i));
      assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Helpers

  /** A valid leiloes incident: not an emergency, no auction in progress. */
  private static ObjectNode ticket(String subject) {
    return JSON.createObjectNode()
        .put("channel", "PORTAL")
        .put("type", "INCIDENT")
        .put("topic", "SOFTWARE_FAILURE")
        .put("symptom", "DEGRADED")
        .put("auctionInProgress", false)
        .put("subject", subject)
        .put("description", "Desde as 9h");
  }

  /** A valid oobj incident on a catalog service. */
  private static ObjectNode oobjTicket(String subject) {
    ObjectNode body = ticket(subject).put("service", "NFE_EMISSION").put("product", "OOBJ_DFE");
    body.remove("auctionInProgress");
    return body;
  }

  /** The account manager's quote tasks (Preparar orçamento) for a ticket. */
  private long quoteTasks(String ticketId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(ticketId).taskDefinitionKey("Task_PrepareQuote")
        .count();
  }

  private String open(String user, ObjectNode body) {
    Response response = post(user, body);
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json().path("id").asText();
  }

  private Response post(String user, ObjectNode body) {
    return postRaw(user, body.toString(), "application/json");
  }

  private Response postRaw(String user, String body, String contentType) {
    return send(user, "POST", "/api/tickets", BodyPublishers.ofString(body, StandardCharsets.UTF_8),
        r -> r.header("Content-Type", contentType));
  }

  private Response get(String user, String path) {
    return send(user, "GET", path, BodyPublishers.noBody(), r -> { });
  }

  /** The account manager quotes the ticket waiting for a quote; the client's view of it, AWAITING_CONSENT. */
  private JsonNode quote(String id) {
    var task = taskService.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey("Task_PrepareQuote")
        .singleResult();
    taskService.claim(task.getId(), "leiloes-manager");
    taskService.complete(task.getId(), java.util.Map.of("quoteHours", 2.0, "quoteHourlyRate", 150.0));
    return get("leiloes-premium", "/api/tickets/" + id).json();
  }

  private JsonNode consent(String user, String id, String answer) {
    Response response = send(user, "POST", "/api/tickets/" + id + "/consent", BodyPublishers.ofString(answer),
        r -> r.header("Content-Type", "application/json"));
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  /** Every ticket the user may list, all pages. */
  private List<JsonNode> allTickets(String user) {
    return pages(user, "");
  }

  private List<JsonNode> pages(String user, String query) {
    List<JsonNode> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      Response response = get(user, "/api/tickets?size=100&page=" + page + (query.isEmpty() ? "" : "&" + query));
      assertThat(response.status()).as(response.toString()).isEqualTo(200);
      JsonNode list = response.json();
      list.forEach(all::add);
      if (list.size() < 100) {
        return all;
      }
    }
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.forEach(t -> ids.add(t.path("id").asText()));
    return ids;
  }

  private static List<String> fields(Response response) {
    List<String> fields = new ArrayList<>();
    response.json().path("errors").forEach(e -> {
      assertThat(e.path("message").asText()).isNotBlank();
      fields.add(e.path("field").asText());
    });
    return fields;
  }

  /** RFC 9457 problem+json with the given status, the fields API.md names, and nothing leaked. */
  private static void assertProblem(Response response, int status) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
    assertThat(response.body()).as(response.toString())
        .doesNotContain("at dev.", "Exception", "<html", "<!doctype");
    JsonNode problem = response.json();
    assertThat(problem.path("type").isTextual()).as(response.toString()).isTrue();
    assertThat(problem.path("title").asText()).as(response.toString()).isNotBlank();
    assertThat(problem.path("status").asInt()).as(response.toString()).isEqualTo(status);
    assertThat(problem.path("detail").asText()).as(response.toString()).isNotBlank();
    if (problem.has("errors")) {
      assertThat(problem.get("errors").isArray()).isTrue();
      problem.get("errors").forEach(e -> {
        assertThat(e.path("field").asText()).isNotBlank();
        assertThat(e.path("message").asText()).isNotBlank();
      });
    }
  }

  private static String utc(String saoPauloDateTime) {
    return LocalDateTime.parse(saoPauloDateTime).atZone(SAO_PAULO).toInstant().toString();
  }

  private Response send(String user, String method, String path, BodyPublisher body,
      Consumer<HttpRequest.Builder> headers) {
    return sendAs(user, PASSWORD, method, path, body, headers);
  }

  private Response sendAs(String user, String password, String method, String path, BodyPublisher body,
      Consumer<HttpRequest.Builder> headers) {
    String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return anonymous(method, path, body, r -> {
      r.header("Authorization", "Basic " + basic);
      headers.accept(r);
    });
  }

  private Response anonymous(String method, String path, BodyPublisher body,
      Consumer<HttpRequest.Builder> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .method(method, body);
    headers.accept(request);
    if (request.build().headers().firstValue("Accept").isEmpty()) {
      request.header("Accept", "application/json");
    }
    try {
      HttpResponse<String> response = HTTP.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(method + " " + path, response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Location").orElse(null),
          response.headers().firstValue("WWW-Authenticate").orElse(null), response.body());
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private record Response(String request, int status, String contentType, String location, String challenge,
      String body) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError(request + ": not JSON: " + body, e);
      }
    }

    String header(String name) {
      return switch (name) {
        case "Location" -> location;
        case "WWW-Authenticate" -> challenge;
        default -> throw new IllegalArgumentException(name);
      };
    }

    @Override
    public String toString() {
      return request + " -> " + status + " " + contentType + " "
          + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
    }
  }
}
