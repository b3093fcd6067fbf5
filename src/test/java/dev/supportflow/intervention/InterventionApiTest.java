package dev.supportflow.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.supportflow.HttpApi;
import dev.supportflow.HttpApi.Response;
import dev.supportflow.SupportFlowIntegrationTest;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/interventions} over real HTTP: statuses, headers, bodies, and problem+json for every
 * refusal.
 */
class InterventionApiTest extends SupportFlowIntegrationTest {

  private static final String MONDAY_10_00 = "2026-11-23T10:00";
  private static final String CLIENT = "oobj-saas";
  private static final String OTHER_CLIENT = "oobj-inhouse-pg";

  @BeforeEach
  void setUp() {
    clockAt(MONDAY_10_00);
  }

  @Test
  @DisplayName(
      "O-9 via API: an update is 201 SCHEDULED with Location; GET is 200 with the timeline, for the client and its tenant's staff")
  void updateIsCreatedAndRead() {
    Response created =
        api.post(
            CLIENT,
            "/api/interventions",
            body("UPDATE", "2026-11-26T13:00:00-03:00", "Atualizar para a versão 4.2"));

    created.assertStatus(201);
    JsonNode view = created.json();
    String id = view.path("id").asText();
    assertThat(id).matches("INT-\\d{6,}");
    assertThat(created.body()).doesNotContain("\"timeline\"");
    assertThat(view.path("tenant").asText()).isEqualTo("oobj");
    assertThat(view.path("clientId").asText()).isEqualTo(CLIENT);
    assertThat(view.path("kind").asText()).isEqualTo("UPDATE");
    assertThat(view.path("status").asText()).isEqualTo("SCHEDULED");
    assertThat(view.path("preferredDate").asText()).isEqualTo("2026-11-26T16:00:00Z");
    assertThat(view.path("scheduledFor").asText()).isEqualTo("2026-11-26T16:00:00Z");
    assertThat(view.path("quote").isNull()).isTrue();

    Response read = api.get(CLIENT, "/api/interventions/" + id).assertStatus(200);
    assertThat(read.json().path("timeline").findValuesAsText("kind"))
        .containsExactly("REQUESTED", "SCHEDULED");
    api.get("oobj-analyst", "/api/interventions/" + id).assertStatus(200);
    api.get("oobj-manager", "/api/interventions/" + id).assertStatus(200);
  }

  @Test
  @DisplayName(
      "O-9 via API: a migration is AWAITING_QUOTE; once quoted the client accepts (SCHEDULED, consent on the timeline), a second answer is 409")
  void migrationIsQuotedAndAccepted() {
    Response created =
        api.post(
                CLIENT,
                "/api/interventions",
                body("MIGRATION", "2026-12-01T22:00:00-03:00", "Migrar para o servidor novo"))
            .assertStatus(201);
    String id = created.json().path("id").asText();
    assertThat(created.json().path("status").asText()).isEqualTo("AWAITING_QUOTE");
    api.post(CLIENT, "/api/interventions/" + id + "/consent", "{\"accept\": true}")
        .assertProblem(409);

    completeQuote(id, 4.0, 220.0);
    JsonNode quoted = api.get(CLIENT, "/api/interventions/" + id).assertStatus(200).json();
    assertThat(quoted.path("status").asText()).isEqualTo("AWAITING_CONSENT");
    assertThat(quoted.path("quote").path("amount").decimalValue()).isEqualByComparingTo("880.00");
    assertThat(quoted.path("quote").path("status").asText()).isEqualTo("PENDING");

    api.post(OTHER_CLIENT, "/api/interventions/" + id + "/consent", "{\"accept\": true}")
        .assertProblem(404);
    api.post("oobj-manager", "/api/interventions/" + id + "/consent", "{\"accept\": true}")
        .assertProblem(403);
    JsonNode accepted =
        api.post(CLIENT, "/api/interventions/" + id + "/consent", "{\"accept\": true}")
            .assertStatus(200)
            .json();

    assertThat(accepted.path("status").asText()).isEqualTo("SCHEDULED");
    assertThat(accepted.path("quote").path("status").asText()).isEqualTo("ACCEPTED");
    assertThat(accepted.path("quote").path("answeredBy").asText()).isEqualTo(CLIENT);
    assertThat(accepted.path("quote").path("answeredChannel").asText()).isEqualTo("API");
    assertThat(accepted.path("timeline").findValuesAsText("kind"))
        .containsExactly(
            "REQUESTED", "QUOTE_REQUESTED", "QUOTE_READY", "CONSENT_ACCEPTED", "SCHEDULED");
    api.post(CLIENT, "/api/interventions/" + id + "/consent", "{\"accept\": true}")
        .assertProblem(409);
  }

  @Test
  @DisplayName(
      "O-9 via API 400: a preferred date in the past or now, an unknown kind, missing kind or preferredDate, notes over 4000 characters")
  void invalidRequestsAre400WithTheField() {
    api.post(CLIENT, "/api/interventions", body("UPDATE", "2026-11-23T09:00:00-03:00", "ontem"))
        .assertFieldError("preferredDate");
    api.post(CLIENT, "/api/interventions", body("UPDATE", "2026-11-23T10:00:00-03:00", "agora"))
        .assertFieldError("preferredDate");
    api.post(CLIENT, "/api/interventions", body("DEFRAG", "2026-11-26T13:00:00-03:00", "x"))
        .assertFieldError("kind");
    Response missing = api.post(CLIENT, "/api/interventions", "{}").assertProblem(400);
    assertThat(missing.fields()).containsExactlyInAnyOrder("kind", "preferredDate");
    api.post(
            CLIENT,
            "/api/interventions",
            body("UPDATE", "2026-11-26T13:00:00-03:00", "x".repeat(4001)))
        .assertFieldError("notes");
  }

  @Test
  @DisplayName(
      "API list: GET /api/interventions shows a client its own interventions newest first, paged like tickets, not another client's; staff and gateways see their tenant's, not another tenant's")
  void listShowsTheCallersInterventionsNewestFirst() {
    String first = created(CLIENT, "Lista 1");
    String second = created(CLIENT, "Lista 2");
    String third = created(CLIENT, "Lista 3");
    String others = created(OTHER_CLIENT, "Do outro");

    JsonNode page0 = api.get(CLIENT, "/api/interventions?page=0&size=2").assertStatus(200).json();
    JsonNode page1 = api.get(CLIENT, "/api/interventions?page=1&size=2").assertStatus(200).json();
    assertThat(HttpApi.ids(page0)).containsExactly(third, second);
    assertThat(HttpApi.ids(page1)).startsWith(first);
    assertThat(page1.get(0).path("notes").asText()).isEqualTo("Lista 1");
    assertThat(page1.get(0).has("timeline")).isFalse();
    List<JsonNode> own = api.listAll(CLIENT, "/api/interventions");
    assertThat(own).extracting(i -> i.path("clientId").asText()).containsOnly(CLIENT);
    assertThat(HttpApi.ids(own)).doesNotContain(others);
    assertThat(api.listAll(CLIENT, "/api/interventions?status=SCHEDULED"))
        .extracting(i -> i.path("status").asText())
        .containsOnly("SCHEDULED");

    List<String> tenants = HttpApi.ids(api.listAll("oobj-analyst", "/api/interventions"));
    assertThat(tenants)
        .contains(first, second, third, others)
        .isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(HttpApi.ids(api.listAll("oobj-gateway", "/api/interventions")))
        .contains(first, others);
    assertThat(HttpApi.ids(api.listAll("leiloes-analyst", "/api/interventions")))
        .doesNotContain(first, second, third, others);
  }

  @Test
  @DisplayName(
      "API list 400: page below 0, size outside 1–100, an unknown status, each naming the parameter; 401 without credentials")
  void badListParameters() {
    api.assertListParametersChecked(CLIENT, "/api/interventions");
  }

  @Test
  @DisplayName(
      "API notes are optional: omitted, null or blank is 201 with notes null; the account manager's summary names the kind; exactly 4000 characters are kept")
  void notesAreOptional() {
    ObjectNode omitted =
        HttpApi.JSON.createObjectNode().put("kind", "MIGRATION").put("preferredDate", "2026-12-02");
    JsonNode withoutNotes =
        api.post(CLIENT, "/api/interventions", omitted.toString()).assertStatus(201).json();
    JsonNode nullNotes =
        api.post(CLIENT, "/api/interventions", omitted.deepCopy().putNull("notes").toString())
            .assertStatus(201)
            .json();
    JsonNode blankNotes =
        api.post(CLIENT, "/api/interventions", body("UPDATE", "2026-12-02", "   "))
            .assertStatus(201)
            .json();
    JsonNode longest =
        api.post(CLIENT, "/api/interventions", body("UPDATE", "2026-12-02", "x".repeat(4000)))
            .assertStatus(201)
            .json();

    assertThat(withoutNotes.path("status").asText()).isEqualTo("AWAITING_QUOTE");
    assertThat(withoutNotes.has("notes")).isTrue();
    assertThat(withoutNotes.path("notes").isNull()).isTrue();
    assertThat(nullNotes.path("notes").isNull()).isTrue();
    assertThat(blankNotes.path("notes").isNull()).isTrue();
    assertThat(blankNotes.path("status").asText()).isEqualTo("SCHEDULED");
    assertThat(longest.path("notes").asText()).hasSize(4000);
    String quoteTask = openTask(withoutNotes.path("id").asText(), "Task_PrepareQuote").getId();
    assertThat((String) taskService.getVariable(quoteTask, "workSummary")).contains("Migração");
    api.get(CLIENT, "/api/interventions/" + withoutNotes.path("id").asText()).assertStatus(200);
  }

  @Test
  @DisplayName(
      "API dates: preferredDate is a date-time with offset or a plain date, which means 09:00 in the tenant's zone (São Paulo: 12:00Z)")
  void preferredDateIsADateTimeWithOffsetOrAPlainDate() {
    JsonNode withOffset =
        api.post(
                CLIENT,
                "/api/interventions",
                body("UPDATE", "2026-11-26T20:00:00-03:00", "À noite"))
            .assertStatus(201)
            .json();
    JsonNode plainDate =
        api.post(CLIENT, "/api/interventions", body("UPDATE", "2026-11-26", "De manhã"))
            .assertStatus(201)
            .json();

    assertThat(withOffset.path("preferredDate").asText()).isEqualTo("2026-11-26T23:00:00Z");
    assertThat(plainDate.path("preferredDate").asText()).isEqualTo("2026-11-26T12:00:00Z");
    assertThat(plainDate.path("scheduledFor").asText()).isEqualTo("2026-11-26T12:00:00Z");
  }

  @Test
  @DisplayName(
      "API dates 400: a preferredDate that is neither a date-time with offset nor a plain date names the field; today's date at 10:00 is already past 09:00")
  void badPreferredDateIsAFieldError() {
    for (String bad : List.of("2026-11-26T13:00:00", "26/11/2026", "2026-11-31", "quinta-feira")) {
      Response refused =
          api.post(CLIENT, "/api/interventions", body("UPDATE", bad, "x")).assertProblem(400);
      assertThat(refused.json().path("errors").get(0).path("field").asText())
          .as(bad)
          .isEqualTo("preferredDate");
    }
    api.post(CLIENT, "/api/interventions", body("UPDATE", "2026-11-23", "hoje"))
        .assertFieldError("preferredDate");
  }

  @Test
  @DisplayName(
      "C-5 via API: another client's intervention is 404 (also for another tenant's staff), an unknown id is 404, staff cannot request (403), no credentials is 401")
  void isolationAndAuthentication() {
    String id =
        api.post(
                CLIENT,
                "/api/interventions",
                body("UPDATE", "2026-11-26T13:00:00-03:00", "Atualizar"))
            .assertStatus(201)
            .json()
            .path("id")
            .asText();

    api.get(OTHER_CLIENT, "/api/interventions/" + id).assertProblem(404);
    api.get("leiloes-basic", "/api/interventions/" + id).assertProblem(404);
    api.get("leiloes-analyst", "/api/interventions/" + id).assertProblem(404);
    api.get(CLIENT, "/api/interventions/INT-999999999").assertProblem(404);
    api.get(CLIENT, "/api/interventions/nonsense").assertProblem(404);
    api.post("oobj-analyst", "/api/interventions", body("UPDATE", "2026-11-26T13:00:00-03:00", "x"))
        .assertProblem(403);
    api.get(null, "/api/interventions/" + id).assertProblem(401);
    api.post(null, "/api/interventions", body("UPDATE", "2026-11-26T13:00:00-03:00", "x"))
        .assertProblem(401);
  }

  private String created(String user, String notes) {
    return api.create(user, "/api/interventions", body("UPDATE", "2026-11-26", notes));
  }

  private static String body(String kind, String preferredDate, String notes) {
    return HttpApi.JSON
        .createObjectNode()
        .put("kind", kind)
        .put("preferredDate", preferredDate)
        .put("notes", notes)
        .toString();
  }
}
