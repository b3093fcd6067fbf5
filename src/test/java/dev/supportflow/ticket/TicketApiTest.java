package dev.supportflow.ticket;

import static dev.supportflow.HttpApi.PASSWORD;
import static dev.supportflow.Requests.oobjTicketJson;
import static dev.supportflow.Requests.ticketJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.supportflow.HttpApi;
import dev.supportflow.HttpApi.Response;
import dev.supportflow.SupportFlowIntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The client REST API of API.md ("Tickets", "Errors"), over real HTTP against the running server:
 * statuses, headers, bodies and problem+json for every refusal. The database is shared with other
 * test classes, so every assertion is about tickets created here (or about counts before and
 * after).
 */
class TicketApiTest extends SupportFlowIntegrationTest {

  // 2026-11-21 is a Saturday, 2026-11-22 a Sunday, 2026-11-23 a Monday (São Paulo, UTC-3, no DST).
  private static final String MONDAY_10_00 = "2026-11-23T10:00";
  private static final String SUNDAY_10_00 = "2026-11-22T10:00";
  private static final String SATURDAY_22_00 = "2026-11-21T22:00";
  private static final String ID_LEILOES = "LEI-\\d{6,}";

  /**
   * Wrong passwords are tried only on these users: Camunda's identity service refuses even the
   * right password for a few seconds after a wrong one (brute-force delay, measured on the engine
   * clock the tests move).
   */
  private static final String LOCKABLE_CLIENT = "oobj-inhouse-oracle";

  private static final String LOCKABLE_STAFF = "oobj-owner";

  // ---------------------------------------------------------------------------------------------------------------
  // 201 / 200: opening and reading

  @Test
  @DisplayName("API: a client opens a ticket: 201, Location, ticket view with the fields of API.md")
  void clientOpensTicket() {
    clockAt(MONDAY_10_00);
    Response response = post("leiloes-basic", ticketJson("Sistema lento"));

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
    assertThat(view.path("receivedAt").asText()).isEqualTo(local(MONDAY_10_00).toString());
    assertThat(view.get("emergency").isBoolean()).isTrue();
    assertThat(view.get("emergency").asBoolean()).isFalse();
    assertThat(view.get("outOfHours").isBoolean()).isTrue();
    assertThat(view.get("outOfHours").asBoolean()).isFalse();
    assertThat(view.get("slaApplies").asBoolean()).isTrue();
    // L-2.2: 30 business minutes, written as a UTC instant.
    assertThat(view.path("firstResponseDueAt").asText())
        .isEqualTo("2026-11-23T13:30:00Z")
        .endsWith("Z");
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
  @DisplayName(
      "API: GET /api/tickets/{id} returns the ticket view plus its timeline, RECEIVED first, oldest first")
  void readOneTicketWithTimeline() {
    clockAt(MONDAY_10_00);
    JsonNode created = post("leiloes-basic", ticketJson("Lentidão no pregão")).json();
    String id = created.path("id").asText();

    Response response = api.get("leiloes-basic", "/api/tickets/" + id);

    assertThat(response.status()).isEqualTo(200);
    JsonNode view = response.json();
    assertThat(view.path("id").asText()).isEqualTo(id);
    assertThat(view.path("clientId").asText()).isEqualTo("leiloes-basic");
    assertThat(view.path("status").asText()).isEqualTo("OPEN");
    assertThat(view.path("firstResponseDueAt").asText())
        .isEqualTo(created.path("firstResponseDueAt").asText());
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
  @DisplayName(
      "API: GET /api/tickets lists the caller's own tickets newest first, paged by page and size")
  void listIsNewestFirstAndPaged() {
    clockAt(MONDAY_10_00);
    String first = open("leiloes-premium", ticketJson("Lista 1"));
    String second = open("leiloes-premium", ticketJson("Lista 2"));
    String third = open("leiloes-premium", ticketJson("Lista 3"));

    Response page0 = api.get("leiloes-premium", "/api/tickets?page=0&size=2");
    Response page1 = api.get("leiloes-premium", "/api/tickets?page=1&size=2");

    assertThat(page0.status()).isEqualTo(200);
    assertThat(HttpApi.ids(page0.json())).containsExactly(third, second);
    assertThat(page1.status()).isEqualTo(200);
    assertThat(HttpApi.ids(page1.json())).startsWith(first);
    assertThat(page1.json().get(0).has("timeline")).isFalse();
    assertThat(api.listAll("leiloes-premium", "/api/tickets"))
        .extracting(t -> t.path("clientId").asText())
        .containsOnly("leiloes-premium");
  }

  @Test
  @DisplayName("API: GET /api/tickets?status= filters by status")
  void listFiltersByStatus() {
    clockAt(MONDAY_10_00);
    String open = open("leiloes-premium", ticketJson("Em horário"));
    clockAt(SATURDAY_22_00);
    JsonNode queued = post("leiloes-premium", ticketJson("Fora de horário")).json();
    assertThat(queued.path("status").asText()).isEqualTo("AWAITING_QUOTE");

    List<JsonNode> onlyQueued =
        api.listAll("leiloes-premium", "/api/tickets?status=AWAITING_QUOTE");
    List<JsonNode> onlyOpen = api.listAll("leiloes-premium", "/api/tickets?status=OPEN");

    assertThat(onlyQueued)
        .extracting(t -> t.path("status").asText())
        .containsOnly("AWAITING_QUOTE");
    assertThat(onlyQueued)
        .extracting(t -> t.path("id").asText())
        .contains(queued.path("id").asText())
        .doesNotContain(open);
    assertThat(onlyOpen).extracting(t -> t.path("status").asText()).containsOnly("OPEN");
    assertThat(onlyOpen)
        .extracting(t -> t.path("id").asText())
        .contains(open)
        .doesNotContain(queued.path("id").asText());
  }

  @Test
  @DisplayName("API: a client never sees another client's tickets in its list")
  void listShowsOnlyTheCallersTickets() {
    clockAt(MONDAY_10_00);
    String basics = open("leiloes-basic", ticketJson("Do basic"));
    String premiums = open("leiloes-premium", ticketJson("Do premium"));
    String oobjs = open("oobj-saas", oobjTicketJson("Da oobj"));

    List<JsonNode> basicSees = api.listAll("leiloes-basic", "/api/tickets");
    List<JsonNode> oobjSees = api.listAll("oobj-saas", "/api/tickets");

    assertThat(basicSees)
        .extracting(t -> t.path("id").asText())
        .contains(basics)
        .doesNotContain(premiums, oobjs);
    assertThat(basicSees)
        .extracting(t -> t.path("clientId").asText())
        .containsOnly("leiloes-basic");
    assertThat(oobjSees)
        .extracting(t -> t.path("id").asText())
        .contains(oobjs)
        .doesNotContain(basics, premiums);
    assertThat(oobjSees).extracting(t -> t.path("clientId").asText()).containsOnly("oobj-saas");
  }

  @Test
  @DisplayName(
      "API: a gateway opens a ticket for a client of its tenant, with clientId and a past receivedAt, stored as that instant")
  void gatewayOpensForClientWithReceivedAt() {
    clockAt(MONDAY_10_00);
    ObjectNode body =
        ticketJson("Recebido por telefone")
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
    Response asClient = api.get("leiloes-premium", "/api/tickets/" + view.path("id").asText());
    assertThat(asClient.status()).isEqualTo(200);
    assertThat(asClient.json().path("receivedAt").asText()).isEqualTo("2026-11-23T12:15:00Z");
  }

  @Test
  @DisplayName(
      "L-4.3 via API: a gateway's out-of-hours receivedAt on a weekend, non-emergency, waits for a quote")
  void gatewayWeekendReceivedAtIsQueued() {
    clockAt(SUNDAY_10_00);
    ObjectNode body =
        ticketJson("Mensagem de sábado à noite")
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
  @DisplayName(
      "O-2 via API: an oobj emergency written through the portal on a Sunday: 201, QUEUED for the next opening, free, no quote; the reply gives the emergency phone")
  void portalEmergencyOnSundayIsQueued() {
    clockAt(SUNDAY_10_00);
    ObjectNode body = oobjTicketJson("Emissão de NF-e parada").put("symptom", "SERVER_DOWN");

    Response response = post("oobj-saas", body);

    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    JsonNode view = response.json();
    assertThat(view.path("status").asText()).isEqualTo("QUEUED");
    assertThat(view.path("emergency").asBoolean()).isTrue();
    assertThat(view.path("outOfHours").asBoolean()).isTrue();
    assertThat(view.get("billable").asBoolean()).isFalse();
    assertThat(view.get("quote").isNull()).isTrue();
    assertThat(view.get("firstResponseDueAt").isNull()).isTrue();
    assertThat(view.path("reply").asText())
        .contains("próxima abertura")
        .contains("07h–19h")
        .contains("(62) 3086-5750");
    assertThat(quoteTasks(view.path("id").asText())).isZero();
  }

  @Test
  @DisplayName(
      "L-2.1 × L-4.3 via API: a gateway's message to another number on a Saturday night: 201, QUEUED for the next opening, free, no quote; the reply names the official number")
  void gatewayOtherNumberOutOfHoursIsQueuedWithoutQuote() {
    clockAt(SUNDAY_10_00);
    ObjectNode body =
        ticketJson("Mensagem para o celular do analista")
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
    assertThat(view.path("reply").asText())
        .contains("(38) 99950-7998")
        .contains("não garantimos SLA")
        .contains("próxima abertura");
    assertThat(quoteTasks(view.path("id").asText())).isZero();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Idempotency-Key

  @Test
  @DisplayName(
      "API: same Idempotency-Key and same body: 200 with the same ticket, and only one ticket exists")
  void idempotentReplayReturnsTheSameTicket() {
    clockAt(MONDAY_10_00);
    String key = UUID.randomUUID().toString();
    String body = ticketJson("Replay seguro").toString();
    int before = api.listAll("leiloes-enterprise", "/api/tickets").size();

    Response first = postWithKey("leiloes-enterprise", body, key);
    Response replay = postWithKey("leiloes-enterprise", body, key);

    assertThat(first.status()).isEqualTo(201);
    assertThat(replay.status()).isEqualTo(200);
    assertThat(replay.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
    assertThat(replay.json().path("clientId").asText()).isEqualTo("leiloes-enterprise");
    assertThat(api.listAll("leiloes-enterprise", "/api/tickets")).hasSize(before + 1);
  }

  @Test
  @DisplayName("API: same Idempotency-Key with another body: 409 problem+json, no second ticket")
  void idempotencyKeyReusedWithOtherBodyConflicts() {
    clockAt(MONDAY_10_00);
    String key = UUID.randomUUID().toString();
    int before = api.listAll("leiloes-enterprise", "/api/tickets").size();

    Response first =
        postWithKey("leiloes-enterprise", ticketJson("Primeiro corpo").toString(), key);
    Response other = postWithKey("leiloes-enterprise", ticketJson("Outro corpo").toString(), key);

    assertThat(first.status()).isEqualTo(201);
    other.assertProblem(409);
    assertThat(other.json().path("detail").asText()).contains("Idempotency-Key");
    assertThat(api.listAll("leiloes-enterprise", "/api/tickets")).hasSize(before + 1);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 400

  @Test
  @DisplayName("API 400: malformed JSON is a problem+json, not a stack trace")
  void malformedJson() {
    Response response =
        postRaw("leiloes-basic", "{\"channel\": \"PORTAL\", \"subject\": ", "application/json");

    response.assertProblem(400);
  }

  @Test
  @DisplayName("API 400: an unknown enum value names the field (channel CARRIER_PIGEON)")
  void unknownEnumValue() {
    Response response = post("leiloes-basic", ticketJson("Pombo").put("channel", "CARRIER_PIGEON"));

    response.assertFieldError("channel");
    assertThat(response.json().path("detail").asText())
        .contains("channel")
        .contains("CARRIER_PIGEON");
  }

  @Test
  @DisplayName("API 400: a missing subject is a field error on subject")
  void missingSubject() {
    ObjectNode body = ticketJson("x");
    body.remove("subject");

    Response response = post("leiloes-basic", body);

    response.assertFieldError("subject");
  }

  @Test
  @DisplayName(
      "API 400: a subject over 200 characters is a field error on subject; exactly 200 is accepted")
  void subjectTooLong() {
    clockAt(MONDAY_10_00);
    Response tooLong = post("leiloes-basic", ticketJson("s".repeat(201)));
    Response atLimit = post("leiloes-basic", ticketJson("s".repeat(200)));

    tooLong.assertProblem(400);
    assertThat(tooLong.fields()).containsExactly("subject");
    assertThat(atLimit.status()).isEqualTo(201);
  }

  @Test
  @DisplayName("API 400: a gateway's receivedAt in the future is a field error on receivedAt")
  void receivedAtInTheFuture() {
    clockAt(MONDAY_10_00);
    ObjectNode body =
        ticketJson("Do futuro")
            .put("clientId", "leiloes-premium")
            .put("receivedAt", "2026-11-23T10:05:00-03:00");

    Response response = post("leiloes-gateway", body);

    response.assertProblem(400);
    assertThat(response.fields()).containsExactly("receivedAt");
  }

  @Test
  @DisplayName("API 400: an unknown tenant is a field error on tenant")
  void unknownTenant() {
    Response response = post("leiloes-basic", ticketJson("Tenant errado").put("tenant", "nowhere"));

    response.assertProblem(400);
    assertThat(response.fields()).containsExactly("tenant");
  }

  @Test
  @DisplayName("API 400: an unknown status filter or a page size out of range on the list")
  void badListParameters() {
    api.assertListParametersChecked("leiloes-basic", "/api/tickets");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 401

  @Test
  @DisplayName(
      "API 401: no credentials or a wrong password on /api/tickets: problem+json with a Basic challenge")
  void unauthenticatedApi() {
    Response anonymousGet =
        api.exchange(null, null, "GET", "/api/tickets", BodyPublishers.noBody());
    Response anonymousPost = api.post(null, "/api/tickets", ticketJson("x"));
    Response wrongPassword =
        api.exchange(
            LOCKABLE_CLIENT, "not-the-password", "GET", "/api/tickets", BodyPublishers.noBody());
    Response unknownUser =
        api.exchange("nobody", PASSWORD, "GET", "/api/tickets", BodyPublishers.noBody());

    for (Response response : List.of(anonymousGet, anonymousPost, wrongPassword, unknownUser)) {
      response.assertProblem(401);
      assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
    }
  }

  @Test
  @DisplayName("API 401: no credentials or a wrong password on /engine-rest/task: problem+json")
  void unauthenticatedEngineRest() {
    Response anonymous =
        api.exchange(null, null, "GET", "/engine-rest/task", BodyPublishers.noBody());
    Response wrongPassword =
        api.exchange(LOCKABLE_STAFF, "wrong", "GET", "/engine-rest/task", BodyPublishers.noBody());

    anonymous.assertProblem(401);
    wrongPassword.assertProblem(401);
    // The right password gets past authentication (what the engine answers then is not this test's
    // concern).
    assertThat(api.get("leiloes-analyst", "/engine-rest/task").status()).isNotEqualTo(401);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 403

  @Test
  @DisplayName("API 403: a client may not set clientId")
  void clientSettingClientId() {
    clockAt(MONDAY_10_00);
    Response response =
        post("leiloes-basic", ticketJson("Em nome de outro").put("clientId", "leiloes-premium"));

    response.assertProblem(403);
  }

  @Test
  @DisplayName("API 403: a client may not set receivedAt")
  void clientSettingReceivedAt() {
    clockAt(MONDAY_10_00);
    Response response =
        post(
            "leiloes-basic",
            ticketJson("Antedatado").put("receivedAt", "2026-11-23T09:00:00-03:00"));

    response.assertProblem(403);
  }

  @Test
  @DisplayName("API 403: a leiloes client may not open a ticket in tenant oobj")
  void clientOfOtherTenant() {
    clockAt(MONDAY_10_00);
    Response response = post("leiloes-basic", oobjTicketJson("Na oobj").put("tenant", "oobj"));

    response.assertProblem(403);
  }

  @Test
  @DisplayName("API 403: the leiloes gateway may not open a ticket in tenant oobj")
  void gatewayOfOtherTenant() {
    clockAt(MONDAY_10_00);
    Response response =
        post(
            "leiloes-gateway",
            oobjTicketJson("Na oobj").put("tenant", "oobj").put("clientId", "oobj-saas"));

    response.assertProblem(403);
  }

  @Test
  @DisplayName("API 403: staff (an analyst) do not open tickets")
  void analystMayNotOpen() {
    clockAt(MONDAY_10_00);
    Response response = post("leiloes-analyst", ticketJson("Pelo analista"));

    response.assertProblem(403);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 404

  @Test
  @DisplayName("API 404: an unknown ticket id and a malformed id")
  void unknownAndMalformedIds() {
    Response unknown = api.get("leiloes-basic", "/api/tickets/LEI-999999999");
    Response unknownPrefix = api.get("leiloes-basic", "/api/tickets/XYZ-000001");
    Response malformed = api.get("leiloes-basic", "/api/tickets/not-a-ticket");
    Response injection = api.get("leiloes-basic", "/api/tickets/LEI-1%27%20OR%201=1");

    unknown.assertProblem(404);
    unknownPrefix.assertProblem(404);
    malformed.assertProblem(404);
    injection.assertProblem(404);
  }

  @Test
  @DisplayName(
      "API 404: a ticket of another tenant or of another client is not found (not 403), like an unknown id")
  void otherTenantsAndOtherClientsTicketsAreNotFound() {
    clockAt(MONDAY_10_00);
    String basics = open("leiloes-basic", ticketJson("Só meu"));

    Response otherTenant = api.get("oobj-saas", "/api/tickets/" + basics);
    Response otherClient = api.get("leiloes-premium", "/api/tickets/" + basics);
    Response otherTenantsGateway = api.get("oobj-gateway", "/api/tickets/" + basics);

    otherTenant.assertProblem(404);
    otherClient.assertProblem(404);
    otherTenantsGateway.assertProblem(404);
    assertThat(otherClient.json().path("title").asText())
        .isEqualTo(
            api.get("leiloes-premium", "/api/tickets/LEI-999999999").json().path("title").asText());
    // Staff of the same tenant do read it.
    assertThat(api.get("leiloes-analyst", "/api/tickets/" + basics).status()).isEqualTo(200);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 413, 415

  @Test
  @DisplayName("API 413: a body over 256 KiB with a Content-Length is refused before it is read")
  void bodyTooLargeWithContentLength() {
    clockAt(MONDAY_10_00);
    int before = api.listAll("leiloes-basic", "/api/tickets").size();
    byte[] body =
        ticketJson("Grande")
            .put("description", "x".repeat(300 * 1024))
            .toString()
            .getBytes(StandardCharsets.UTF_8);

    Response response = postJson("leiloes-basic", "/api/tickets", BodyPublishers.ofByteArray(body));

    response.assertProblem(413);
    assertThat(api.listAll("leiloes-basic", "/api/tickets")).hasSize(before);
  }

  @Test
  @DisplayName("API 413: a chunked body (no Content-Length) over 256 KiB is refused as it streams")
  void bodyTooLargeChunked() {
    clockAt(MONDAY_10_00);
    int before = api.listAll("leiloes-basic", "/api/tickets").size();
    byte[] body =
        ticketJson("Grande em partes")
            .put("description", "x".repeat(300 * 1024))
            .toString()
            .getBytes(StandardCharsets.UTF_8);

    Response response =
        postJson(
            "leiloes-basic",
            "/api/tickets",
            BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

    response.assertProblem(413);
    assertThat(api.listAll("leiloes-basic", "/api/tickets")).hasSize(before);
  }

  @Test
  @DisplayName("API 413: the limit also holds when the path is percent-encoded (/%61pi/tickets)")
  void bodyTooLargeOnEncodedPath() {
    clockAt(MONDAY_10_00);
    byte[] body =
        ticketJson("Grande, caminho codificado")
            .put("description", "x".repeat(300 * 1024))
            .toString()
            .getBytes(StandardCharsets.UTF_8);

    Response response =
        postJson("leiloes-basic", "/%61pi/tickets", BodyPublishers.ofByteArray(body));

    response.assertProblem(413);
  }

  @Test
  @DisplayName("API: a chunked body under the limit is read normally (201)")
  void smallChunkedBodyIsAccepted() {
    clockAt(MONDAY_10_00);
    byte[] body = ticketJson("Pequeno em partes").toString().getBytes(StandardCharsets.UTF_8);

    Response response =
        postJson(
            "leiloes-basic",
            "/api/tickets",
            BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

    assertThat(response.status()).isEqualTo(201);
  }

  @Test
  @DisplayName("API 415: a body sent as text/plain is refused as not JSON")
  void notJson() {
    Response response = postRaw("leiloes-basic", ticketJson("Texto").toString(), "text/plain");

    response.assertProblem(415);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Errors in general

  @Test
  @DisplayName(
      "API errors: no error body carries a stack trace or an HTML page, whatever the Accept header")
  void errorsNeverLeakStackTracesOrHtml() {
    clockAt(MONDAY_10_00);
    List<Response> errors =
        List.of(
            postRaw("leiloes-basic", "{", "application/json"),
            postRaw("leiloes-basic", "[1, 2, 3]", "application/json"),
            postRaw("leiloes-basic", "\"just a string\"", "application/json"),
            postRaw("leiloes-basic", "", "application/json"),
            postRaw(
                "leiloes-basic",
                ticketJson("x").put("receivedAt", "yesterday").toString(),
                "application/json"),
            postRaw(
                "leiloes-basic",
                ticketJson("x").put("auctionInProgress", "maybe").toString(),
                "application/json"),
            postRaw("leiloes-basic", "<ticket/>", "application/xml"),
            api.exchange(
                "leiloes-basic",
                PASSWORD,
                "GET",
                "/api/tickets/LEI-000000",
                BodyPublishers.noBody(),
                "Accept",
                "text/html"),
            api.delete("leiloes-basic", "/api/tickets"),
            api.get("leiloes-basic", "/api/no-such-endpoint"),
            api.exchange(
                null, null, "GET", "/api/tickets", BodyPublishers.noBody(), "Accept", "text/html"));

    for (Response response : errors) {
      assertThat(response.status()).as(response.toString()).isBetween(400, 499);
      assertThat(response.body())
          .as(response.toString())
          .doesNotContain("at dev.", "at org.", "Exception", "<html", "<!doctype", "Whitelabel");
      assertThat(response.contentType())
          .as(response.toString())
          .startsWith("application/problem+json");
    }
  }

  @Test
  @DisplayName(
      "API: bad requests harm nothing: afterwards a good ticket still opens and the client's count grew by exactly the good ones")
  void badRequestsDoNotHarmOtherTickets() {
    clockAt(MONDAY_10_00);
    int before = api.listAll("leiloes-enterprise", "/api/tickets").size();

    String good1 = open("leiloes-enterprise", ticketJson("Bom antes"));
    postRaw("leiloes-enterprise", "{\"subject\": ", "application/json");
    post("leiloes-enterprise", ticketJson("Pombo").put("channel", "CARRIER_PIGEON"));
    post("leiloes-enterprise", ticketJson("s".repeat(201)));
    post("leiloes-enterprise", ticketJson("Outro cliente").put("clientId", "leiloes-basic"));
    post("leiloes-enterprise", ticketJson("Outro tenant").put("tenant", "oobj"));
    post("leiloes-enterprise", ticketJson("Tenant inexistente").put("tenant", "nowhere"));
    postRaw("leiloes-enterprise", ticketJson("Texto").toString(), "text/plain");
    api.post(
        "leiloes-enterprise",
        "/api/tickets",
        ticketJson("Grande").put("description", "x".repeat(300 * 1024)));
    api.exchange(
        LOCKABLE_CLIENT,
        "wrong",
        "POST",
        "/api/tickets",
        BodyPublishers.ofString(ticketJson("x").toString()),
        "Content-Type",
        "application/json");
    String good2 = open("leiloes-enterprise", ticketJson("Bom depois"));

    assertThat(good2).isNotEqualTo(good1);
    Response read = api.get("leiloes-enterprise", "/api/tickets/" + good2);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().path("status").asText()).isEqualTo("OPEN");
    assertThat(
            api.get("leiloes-enterprise", "/api/tickets/" + good1).json().path("subject").asText())
        .isEqualTo("Bom antes");
    assertThat(api.listAll("leiloes-enterprise", "/api/tickets")).hasSize(before + 2);
  }

  @Test
  @DisplayName(
      "C-2 via API: GET /api/tickets/{id}/decisions lists each decision with key, version, matched rules, inputs, outputs, time")
  void decisionsOfATicket() {
    clockAt(MONDAY_10_00);
    String id = open("leiloes-basic", ticketJson("Trilha de decisões"));

    Response response = api.get("leiloes-basic", "/api/tickets/" + id + "/decisions");

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    JsonNode decisions = response.json();
    assertThat(decisions).hasSize(4);
    JsonNode channel = decisions.get(1);
    assertThat(channel.path("decisionKey").asText()).isEqualTo("channel-policy");
    assertThat(channel.path("decisionVersion").asInt()).isPositive();
    assertThat(channel.path("matchedRules").get(0).path("ruleId").asText())
        .isEqualTo("Rule_L_2_1_official");
    assertThat(channel.path("inputs").path("channel").asText()).isEqualTo("PORTAL");
    assertThat(channel.path("outputs").path("channelOutcome").asText()).isEqualTo("ACCEPT");
    assertThat(channel.path("evaluatedAt").asText()).endsWith("Z");
    api.get("leiloes-premium", "/api/tickets/" + id + "/decisions").assertProblem(404);
  }

  @Test
  @DisplayName(
      "L-5 via API: an analyst asks for developer contact (202); a client may not (403); a closed contact is 409")
  void developerContactRequests() {
    clockAt(MONDAY_10_00);
    String open = open("leiloes-basic", ticketJson("Contato com desenvolvedor"));
    String rejected = open("leiloes-basic", ticketJson("Por e-mail").put("channel", "EMAIL"));
    String body = "{\"reason\": \"Levantar requisitos\"}";

    Response asked =
        api.post("leiloes-analyst", "/api/tickets/" + open + "/developer-contact", body);
    assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
    api.post("leiloes-basic", "/api/tickets/" + open + "/developer-contact", body)
        .assertProblem(403);
    api.post("leiloes-analyst", "/api/tickets/" + rejected + "/developer-contact", body)
        .assertProblem(409);
    api.post("oobj-analyst", "/api/tickets/" + open + "/developer-contact", body)
        .assertProblem(404);
  }

  @Test
  @DisplayName(
      "O-7 intake answers with the knowledge-base articles that match what the client wrote")
  void intakeSuggestsArticles() {
    clockAt(MONDAY_10_00);
    ObjectNode body =
        oobjTicketJson("Rejeicao 225 ao transmitir o lote")
            .put("topic", "FISCAL_DOCUMENT_SCHEMA")
            .put("description", "A SEFAZ devolveu falha no schema do lote de NF-e");

    Response response = post("oobj-saas", body);

    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    JsonNode suggestions = response.json().get("kbSuggestions");
    assertThat(suggestions).isNotEmpty().hasSizeLessThanOrEqualTo(3);
    assertThat(suggestions.get(0).path("title").asText()).contains("225");
    assertThat(suggestions.get(0).path("url").asText())
        .isEqualTo("/api/kb/" + suggestions.get(0).path("id").asText());
  }

  @Test
  @DisplayName(
      "L-4.3 via API: the client answers the quote with POST /consent; 400 without an answer, 403 for staff, 404 for another client, 409 once answered")
  void consentToAQuote() {
    clockAt(SATURDAY_22_00);
    String id =
        open("leiloes-premium", ticketJson("Relatório fora do horário").put("symptom", "NONE"));
    var quoteTask =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(id)
            .taskDefinitionKey("Task_PrepareQuote")
            .singleResult();
    taskService.claim(quoteTask.getId(), "leiloes-manager");
    taskService.complete(
        quoteTask.getId(), java.util.Map.of("quoteHours", 2.0, "quoteHourlyRate", 150.0));
    JsonNode waiting = api.get("leiloes-premium", "/api/tickets/" + id).json();
    assertThat(waiting.path("status").asText()).isEqualTo("AWAITING_CONSENT");
    assertThat(waiting.path("quote").path("amount").decimalValue()).isEqualByComparingTo("300.00");
    assertThat(waiting.path("quote").path("validUntil").asText()).endsWith("Z");
    String path = "/api/tickets/" + id + "/consent";

    api.post("leiloes-premium", path, "{}").assertProblem(400);
    api.post("leiloes-analyst", path, "{\"accept\": true}").assertProblem(403);
    api.post("leiloes-basic", path, "{\"accept\": true}").assertProblem(404);
    Response accepted = api.post("leiloes-premium", path, "{\"accept\": true}");
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    assertThat(accepted.json().path("status").asText()).isEqualTo("OPEN");
    assertThat(accepted.json().path("billable").asBoolean()).isTrue();
    assertThat(accepted.json().path("quote").path("status").asText()).isEqualTo("ACCEPTED");
    api.post("leiloes-premium", path, "{\"accept\": false}").assertProblem(409);
  }

  @Test
  @DisplayName(
      "API billable: true from AWAITING_QUOTE on (AWAITING_QUOTE, AWAITING_CONSENT) and after an accepted quote; false once a quote is declined and the ticket waits for the opening, and for work in business hours")
  void billableFromAwaitingQuoteOnAndAfterAcceptance() {
    clockAt(MONDAY_10_00);
    JsonNode inHours =
        post("leiloes-premium", ticketJson("Em horário").put("symptom", "NONE")).json();
    assertThat(inHours.path("status").asText()).isEqualTo("OPEN");
    assertThat(inHours.path("billable").asBoolean()).isFalse();

    clockAt(SATURDAY_22_00);
    JsonNode awaitingQuote =
        post("leiloes-premium", ticketJson("Cobrável, aceito").put("symptom", "NONE")).json();
    String accepted = awaitingQuote.path("id").asText();
    assertThat(awaitingQuote.path("status").asText()).isEqualTo("AWAITING_QUOTE");
    assertThat(awaitingQuote.path("billable").asBoolean()).isTrue();
    assertThat(api.listAll("leiloes-premium", "/api/tickets?status=AWAITING_QUOTE"))
        .filteredOn(t -> t.path("id").asText().equals(accepted))
        .singleElement()
        .satisfies(t -> assertThat(t.path("billable").asBoolean()).isTrue());

    JsonNode awaitingConsent = quote(accepted);
    assertThat(awaitingConsent.path("status").asText()).isEqualTo("AWAITING_CONSENT");
    assertThat(awaitingConsent.path("billable").asBoolean()).isTrue();
    JsonNode worked = consent("leiloes-premium", accepted, "{\"accept\": true}");
    assertThat(worked.path("status").asText()).isEqualTo("OPEN");
    assertThat(worked.path("billable").asBoolean()).isTrue();

    String declined =
        open("leiloes-premium", ticketJson("Cobrável, recusado").put("symptom", "NONE"));
    quote(declined);
    JsonNode queued = consent("leiloes-premium", declined, "{\"accept\": false}");
    assertThat(queued.path("status").asText()).isEqualTo("QUEUED");
    assertThat(queued.path("billable").asBoolean()).isFalse();
    assertThat(
            api.get("leiloes-premium", "/api/tickets/" + declined)
                .json()
                .path("billable")
                .asBoolean())
        .isFalse();
  }

  @Test
  @DisplayName(
      "API consent body: a missing, null or non-boolean accept is 400 with field accept, malformed JSON is 400, like the other consent endpoints; the quote still waits")
  void consentBodyIsValidated() {
    clockAt(SATURDAY_22_00);
    String id = open("leiloes-premium", ticketJson("Resposta inválida").put("symptom", "NONE"));
    quote(id);
    String path = "/api/tickets/" + id + "/consent";

    for (String body :
        List.of("{}", "{\"accept\": null}", "{\"accept\": \"talvez\"}", "{\"aceito\": true}")) {
      Response refused = api.post("leiloes-premium", path, body);
      refused.assertProblem(400);
      assertThat(refused.fields()).as(body).containsExactly("accept");
    }
    api.post("leiloes-premium", path, "{\"accept\": ").assertProblem(400);

    assertThat(api.get("leiloes-premium", "/api/tickets/" + id).json().path("status").asText())
        .isEqualTo("AWAITING_CONSENT");
    assertThat(consent("leiloes-premium", id, "{\"accept\": true}").path("status").asText())
        .isEqualTo("OPEN");
  }

  @Test
  @DisplayName("O-6 no limit on the number of tickets per client: 30 in a row are all accepted")
  void noLimitPerClient() {
    clockAt(MONDAY_10_00);
    for (int i = 0; i < 30; i++) {
      Response response = post("oobj-inhouse-pg", oobjTicketJson("Chamado número " + i));
      assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Helpers

  /** The account manager's quote tasks (Preparar orçamento) for a ticket. */
  private long quoteTasks(String ticketId) {
    return taskService
        .createTaskQuery()
        .processInstanceBusinessKey(ticketId)
        .taskDefinitionKey("Task_PrepareQuote")
        .count();
  }

  private String open(String user, ObjectNode body) {
    return api.create(user, "/api/tickets", body);
  }

  private Response post(String user, ObjectNode body) {
    return api.post(user, "/api/tickets", body);
  }

  private Response postRaw(String user, String body, String contentType) {
    return api.exchange(
        user,
        PASSWORD,
        "POST",
        "/api/tickets",
        BodyPublishers.ofString(body, StandardCharsets.UTF_8),
        "Content-Type",
        contentType);
  }

  private Response postJson(String user, String path, BodyPublisher body) {
    return api.exchange(user, PASSWORD, "POST", path, body, "Content-Type", "application/json");
  }

  private Response postWithKey(String user, String body, String idempotencyKey) {
    return api.exchange(
        user,
        PASSWORD,
        "POST",
        "/api/tickets",
        BodyPublishers.ofString(body),
        "Content-Type",
        "application/json",
        "Idempotency-Key",
        idempotencyKey);
  }

  /**
   * The account manager quotes the ticket waiting for a quote; the client's view of it,
   * AWAITING_CONSENT.
   */
  private JsonNode quote(String id) {
    Task task = openTask(id, "Task_PrepareQuote");
    taskService.claim(task.getId(), "leiloes-manager");
    taskService.complete(task.getId(), Map.of("quoteHours", 2.0, "quoteHourlyRate", 150.0));
    return api.get("leiloes-premium", "/api/tickets/" + id).json();
  }

  private JsonNode consent(String user, String id, String answer) {
    return api.post(user, "/api/tickets/" + id + "/consent", answer).assertStatus(200).json();
  }
}
