package dev.supportflow.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.supportflow.HttpApi;
import dev.supportflow.HttpApi.Response;
import dev.supportflow.SupportFlowIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** /api/meetings over real HTTP: statuses, views and problem+json for every refusal. */
class MeetingApiTest extends SupportFlowIntegrationTest {

  @Test
  @DisplayName(
      "API L-6.1: a client requests a meeting with a day's notice: 201, Location, PENDING_APPROVAL; it, and staff of its tenant, read it with its timeline")
  void clientRequestsMeeting() {
    Response created =
        request("leiloes-premium", "Planejamento do próximo leilão", in(Duration.ofDays(3)), 60)
            .assertStatus(201);

    JsonNode view = created.json();
    String id = view.path("id").asText();
    assertThat(id).matches("MTG-\\d{6}");
    assertThat(created.location()).isEqualTo("/api/meetings/" + id);
    assertThat(view.path("status").asText()).isEqualTo("PENDING_APPROVAL");
    assertThat(view.path("tenant").asText()).isEqualTo("leiloes");
    assertThat(view.path("clientId").asText()).isEqualTo("leiloes-premium");
    assertThat(view.path("agenda").asText()).isEqualTo("Planejamento do próximo leilão");
    assertThat(view.path("durationMinutes").asInt()).isEqualTo(60);
    assertThat(view.has("quote")).isTrue();
    assertThat(view.has("scheduledFor")).isTrue();
    assertThat(view.has("timeline")).isFalse();

    JsonNode read = api.get("leiloes-premium", "/api/meetings/" + id).assertStatus(200).json();
    assertThat(read.path("timeline").get(0).path("kind").asText()).isEqualTo("REQUESTED");
    assertThat(read.path("timeline").get(0).path("actor").asText()).isEqualTo("leiloes-premium");
    api.get("leiloes-supervisor", "/api/meetings/" + id).assertStatus(200);
  }

  @Test
  @DisplayName(
      "API 404: another client's meeting, another tenant's staff, an unknown or malformed id")
  void othersMeetingsAreNotFound() {
    String id = created("leiloes-premium", "Pauta");

    api.get("leiloes-basic", "/api/meetings/" + id).assertProblem(404);
    api.get("oobj-analyst", "/api/meetings/" + id).assertProblem(404);
    api.get("leiloes-premium", "/api/meetings/MTG-999999999").assertProblem(404);
    api.get("leiloes-premium", "/api/meetings/LEI-000001").assertProblem(404);
    api.post("leiloes-basic", "/api/meetings/" + id + "/insist", null).assertProblem(404);
    api.post("leiloes-basic", "/api/meetings/" + id + "/consent", "{\"accept\": true}")
        .assertProblem(404);
    assertThat(api.get(null, "/api/meetings/" + id).status()).isEqualTo(401);
  }

  @Test
  @DisplayName(
      "API L-6.1 400: no agenda, a blank agenda, a start in the past, a duration outside 15–480 minutes, malformed JSON")
  void invalidRequests() {
    request("leiloes-premium", "   ", in(Duration.ofDays(3)), 60).assertFieldError("agenda");
    api.post(
            "leiloes-premium",
            "/api/meetings",
            "{\"proposedStart\": \"" + in(Duration.ofDays(3)) + "\", \"durationMinutes\": 60}")
        .assertFieldError("agenda");
    request("leiloes-premium", "Pauta", in(Duration.ofHours(-1)), 60)
        .assertFieldError("proposedStart");
    request("leiloes-premium", "Pauta", in(Duration.ofDays(3)), 10)
        .assertFieldError("durationMinutes");
    request("leiloes-premium", "Pauta", in(Duration.ofDays(3)), 481)
        .assertFieldError("durationMinutes");
    api.post("leiloes-premium", "/api/meetings", "{\"agenda\": ").assertProblem(400);
  }

  @Test
  @DisplayName(
      "API dates: proposedStart is a date-time with offset or a plain date, which means 09:00 in the tenant's zone (São Paulo: 12:00Z)")
  void proposedStartIsADateTimeWithOffsetOrAPlainDate() {
    LocalDate day = LocalDate.now(SAO_PAULO).plusDays(10);

    JsonNode withOffset =
        request("leiloes-premium", "Pauta", day + "T14:30:00-03:00", 60).assertStatus(201).json();
    JsonNode plainDate =
        request("leiloes-premium", "Pauta", day.toString(), 60).assertStatus(201).json();

    assertThat(withOffset.path("proposedStart").asText()).isEqualTo(day + "T17:30:00Z");
    assertThat(plainDate.path("proposedStart").asText()).isEqualTo(day + "T12:00:00Z");
    assertThat(
            api.get("leiloes-premium", "/api/meetings/" + plainDate.path("id").asText())
                .json()
                .path("proposedStart")
                .asText())
        .isEqualTo(day + "T12:00:00Z");
  }

  @Test
  @DisplayName(
      "API dates 400: a proposedStart that is neither a date-time with offset nor a plain date names the field")
  void badProposedStartIsAFieldError() {
    LocalDate day = LocalDate.now(SAO_PAULO).plusDays(10);
    for (String bad :
        List.of(day + "T14:30:00", "10/12/2026", day + "T25:00:00-03:00", "amanhã", "")) {
      Response refused = request("leiloes-premium", "Pauta", bad, 60).assertProblem(400);
      assertThat(refused.json().path("errors").get(0).path("field").asText())
          .as(bad)
          .isEqualTo("proposedStart");
      assertThat(refused.json().path("errors").get(0).path("message").asText())
          .as(bad)
          .contains("date");
    }
    assertThat(
            api.post(
                    "leiloes-premium",
                    "/api/meetings",
                    "{\"agenda\": \"Pauta\", \"proposedStart\": 20261210, \"durationMinutes\": 60}")
                .assertProblem(400)
                .fields())
        .containsExactly("proposedStart");
  }

  @Test
  @DisplayName(
      "API list: GET /api/meetings shows a client its own meetings newest first, paged like tickets, not another client's; staff and gateways see their tenant's, not another tenant's; admins all")
  void listShowsTheCallersMeetingsNewestFirst() {
    String first = created("leiloes-premium", "Lista 1");
    String second = created("leiloes-premium", "Lista 2");
    String third = created("leiloes-premium", "Lista 3");
    String basics = created("leiloes-basic", "Do basic");

    JsonNode page0 =
        api.get("leiloes-premium", "/api/meetings?page=0&size=2").assertStatus(200).json();
    JsonNode page1 =
        api.get("leiloes-premium", "/api/meetings?page=1&size=2").assertStatus(200).json();
    assertThat(HttpApi.ids(page0)).containsExactly(third, second);
    assertThat(HttpApi.ids(page1)).startsWith(first);
    assertThat(page1.get(0).path("agenda").asText()).isEqualTo("Lista 1");
    assertThat(page1.get(0).has("timeline")).isFalse();
    List<JsonNode> own = api.listAll("leiloes-premium", "/api/meetings");
    assertThat(own).extracting(m -> m.path("clientId").asText()).containsOnly("leiloes-premium");
    assertThat(HttpApi.ids(own)).doesNotContain(basics);
    assertThat(api.listAll("leiloes-premium", "/api/meetings?status=PENDING_APPROVAL"))
        .extracting(m -> m.path("status").asText())
        .containsOnly("PENDING_APPROVAL");

    List<String> tenants = HttpApi.ids(api.listAll("leiloes-supervisor", "/api/meetings"));
    assertThat(tenants)
        .contains(first, second, third, basics)
        .isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(HttpApi.ids(api.listAll("leiloes-gateway", "/api/meetings")))
        .contains(first, basics);
    api.get("leiloes-gateway", "/api/meetings/" + first).assertStatus(200);
    assertThat(HttpApi.ids(api.listAll("oobj-analyst", "/api/meetings")))
        .doesNotContain(first, second, third, basics);
    assertThat(HttpApi.ids(api.listAll("admin", "/api/meetings"))).contains(first, basics);
  }

  @Test
  @DisplayName(
      "API list 400: page below 0, size outside 1–100, an unknown status, each naming the parameter; 401 without credentials")
  void badListParameters() {
    api.assertListParametersChecked("leiloes-premium", "/api/meetings");
  }

  @Test
  @DisplayName("API 403: staff do not request meetings; 401 without credentials")
  void onlyClientsRequest() {
    request("leiloes-supervisor", "Pauta", in(Duration.ofDays(3)), 60).assertProblem(403);
    assertThat(request(null, "Pauta", in(Duration.ofDays(3)), 60).status()).isEqualTo(401);
  }

  @Test
  @DisplayName(
      "API L-6.2: insist is 409 while the agenda waits; after a refusal the client insists (AWAITING_QUOTE), answers the quote (SCHEDULED); a second insist or answer is 409")
  void insistAndConsent() {
    String id =
        request("leiloes-premium", "Migração de lotes", in(Duration.ofDays(3)), 120)
            .assertStatus(201)
            .json()
            .path("id")
            .asText();
    api.post("leiloes-premium", "/api/meetings/" + id + "/insist", null).assertProblem(409);
    api.post("leiloes-premium", "/api/meetings/" + id + "/consent", "{\"accept\": true}")
        .assertProblem(409);

    completeTask(
        id,
        "Task_ApproveAgenda",
        Map.of("agendaApproved", false, "supervisorNote", "Use o chamado"));
    JsonNode refused = api.get("leiloes-premium", "/api/meetings/" + id).assertStatus(200).json();
    assertThat(refused.path("status").asText()).isEqualTo("REJECTED");
    assertThat(refused.path("reason").asText()).contains("Use o chamado");

    api.post("leiloes-supervisor", "/api/meetings/" + id + "/insist", null).assertProblem(403);
    JsonNode insisted =
        api.post("leiloes-premium", "/api/meetings/" + id + "/insist", null)
            .assertStatus(200)
            .json();
    assertThat(insisted.path("status").asText()).isEqualTo("AWAITING_QUOTE");
    api.post("leiloes-premium", "/api/meetings/" + id + "/insist", null).assertProblem(409);
    api.post("leiloes-premium", "/api/meetings/" + id + "/consent", "{\"accept\": true}")
        .assertProblem(409);

    completeQuote(id, 2.0, 250.0);
    JsonNode quoted = api.get("leiloes-premium", "/api/meetings/" + id).json();
    assertThat(quoted.path("status").asText()).isEqualTo("AWAITING_CONSENT");
    assertThat(quoted.path("quote").path("amount").decimalValue()).isEqualByComparingTo("500");
    assertThat(quoted.path("quote").path("status").asText()).isEqualTo("PENDING");
    api.post("leiloes-premium", "/api/meetings/" + id + "/consent", "{}").assertProblem(400);

    JsonNode scheduled =
        api.post("leiloes-premium", "/api/meetings/" + id + "/consent", "{\"accept\": true}")
            .assertStatus(200)
            .json();
    assertThat(scheduled.path("status").asText()).isEqualTo("SCHEDULED");
    assertThat(scheduled.path("scheduledFor").asText())
        .isEqualTo(scheduled.path("proposedStart").asText());
    assertThat(scheduled.path("quote").path("answeredBy").asText()).isEqualTo("leiloes-premium");
    assertThat(scheduled.path("quote").path("answeredChannel").asText()).isEqualTo("API");
    api.post("leiloes-premium", "/api/meetings/" + id + "/consent", "{\"accept\": false}")
        .assertProblem(409);
  }

  @Test
  @DisplayName(
      "API L-6.3: under a day's notice with an agreed rate: 201 AWAITING_QUOTE, declined: CLOSED; without a rate: 201 REJECTED with the reason, insisting is 409")
  void adHocMeetings() {
    JsonNode adHoc =
        request("leiloes-enterprise", "Urgente: leilão de amanhã", in(Duration.ofHours(5)), 60)
            .assertStatus(201)
            .json();
    assertThat(adHoc.path("status").asText()).isEqualTo("AWAITING_QUOTE");
    String id = adHoc.path("id").asText();
    completeQuote(id, 1.0, 300.0);
    JsonNode closed =
        api.post("leiloes-enterprise", "/api/meetings/" + id + "/consent", "{\"accept\": false}")
            .assertStatus(200)
            .json();
    assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.path("quote").path("status").asText()).isEqualTo("DECLINED");

    JsonNode refused =
        request("leiloes-basic", "Urgente", in(Duration.ofHours(5)), 60).assertStatus(201).json();
    assertThat(refused.path("status").asText()).isEqualTo("REJECTED");
    assertThat(refused.path("reason").asText()).isNotBlank();
    api.post("leiloes-basic", "/api/meetings/" + refused.path("id").asText() + "/insist", null)
        .assertProblem(409);
  }

  /** {@code proposedStart}: an instant, or the text a client sends. */
  private Response request(String user, String agenda, Object proposedStart, int minutes) {
    return api.post(
        user,
        "/api/meetings",
        HttpApi.JSON
            .createObjectNode()
            .put("agenda", agenda)
            .put("proposedStart", proposedStart.toString())
            .put("durationMinutes", minutes));
  }

  private String created(String user, String agenda) {
    return request(user, agenda, in(Duration.ofDays(3)), 30)
        .assertStatus(201)
        .json()
        .path("id")
        .asText();
  }

  private static Instant in(Duration fromNow) {
    return Instant.now().plus(fromNow).truncatedTo(ChronoUnit.SECONDS);
  }
}
