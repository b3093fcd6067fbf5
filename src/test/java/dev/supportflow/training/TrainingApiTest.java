package dev.supportflow.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.supportflow.HttpApi;
import dev.supportflow.HttpApi.Response;
import dev.supportflow.SupportFlowIntegrationTest;
import dev.supportflow.security.IdentitySetup;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * /api/trainings over real HTTP. Tests that spend training hours use a client of their own (user
 * and contract with 8 included hours, like leiloes-premium), so no other test can touch their
 * balance.
 */
class TrainingApiTest extends SupportFlowIntegrationTest {

  private static final int THREADS = 8;

  @Autowired IdentitySetup identity;
  @Autowired TrainingBalance balance;

  @Test
  @DisplayName(
      "L-6.4 concurrency: 8 clients' requests of 3 h at the same moment never book more than the 8 included hours; each is SCHEDULED or AWAITING_QUOTE")
  void concurrentRequestsNeverOverspend() throws Exception {
    String user = newClient(8);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Response>> calls = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      String topic = "Turma " + i;
      calls.add(
          pool.submit(
              () -> {
                start.await();
                return api.post(user, "/api/trainings", body(topic, "3"));
              }));
    }
    start.countDown();
    BigDecimal booked = BigDecimal.ZERO;
    int scheduled = 0;
    for (Future<Response> call : calls) {
      JsonNode view = call.get(60, TimeUnit.SECONDS).assertStatus(201).json();
      booked = booked.add(view.path("includedHoursUsed").decimalValue());
      String status = view.path("status").asText();
      assertThat(status).isIn("SCHEDULED", "AWAITING_QUOTE");
      if (status.equals("SCHEDULED")) {
        scheduled++;
        assertThat(view.path("billableHours").decimalValue()).isEqualByComparingTo("0");
      } else {
        assertThat(view.path("billableHours").decimalValue()).isPositive();
      }
    }
    pool.shutdown();

    assertThat(booked).isEqualByComparingTo("8");
    assertThat(balance.used(user)).isEqualByComparingTo("8");
    assertThat(scheduled).isEqualTo(2);
  }

  @Test
  @DisplayName(
      "API L-6.4: 201, Location, the view; the client and its tenant's staff read it with its timeline; others get 404")
  void requestAndRead() {
    String user = newClient(8);
    Response created =
        api.post(user, "/api/trainings", body("Cadastro de lotes", "2")).assertStatus(201);
    JsonNode view = created.json();
    String id = view.path("id").asText();
    assertThat(id).matches("TRN-\\d{6}");
    assertThat(created.location()).isEqualTo("/api/trainings/" + id);
    assertThat(view.path("status").asText()).isEqualTo("SCHEDULED");
    assertThat(view.path("hours").decimalValue()).isEqualByComparingTo("2");
    assertThat(view.path("preferredDate").asText()).isEqualTo("2026-12-07T12:00:00Z");
    assertThat(view.has("quote")).isTrue();

    JsonNode read = api.get(user, "/api/trainings/" + id).assertStatus(200).json();
    assertThat(read.path("timeline").get(0).path("kind").asText()).isEqualTo("REQUESTED");
    api.get("leiloes-analyst", "/api/trainings/" + id).assertStatus(200);
    api.get("leiloes-premium", "/api/trainings/" + id).assertProblem(404);
    api.get("oobj-analyst", "/api/trainings/" + id).assertProblem(404);
    api.get(user, "/api/trainings/TRN-999999999").assertProblem(404);
    api.post("leiloes-premium", "/api/trainings/" + id + "/consent", "{\"accept\": true}")
        .assertProblem(404);
    assertThat(api.get(null, "/api/trainings/" + id).status()).isEqualTo(401);
  }

  @Test
  @DisplayName(
      "API L-6.4 400: hours outside 0.5–40, a blank topic, no preferred date; 403 for staff")
  void invalidRequests() {
    api.post("leiloes-premium", "/api/trainings", body("Tópico", "0.25")).assertProblem(400);
    api.post("leiloes-premium", "/api/trainings", body("Tópico", "41")).assertProblem(400);
    api.post("leiloes-premium", "/api/trainings", body(" ", "2")).assertProblem(400);
    api.post("leiloes-premium", "/api/trainings", "{\"topic\": \"Tópico\", \"hours\": 2}")
        .assertProblem(400);
    api.post("leiloes-analyst", "/api/trainings", body("Tópico", "2")).assertProblem(403);
  }

  @Test
  @DisplayName(
      "API list: GET /api/trainings shows a client its own trainings newest first, paged like tickets, not another client's; staff and gateways see their tenant's, not another tenant's")
  void listShowsTheCallersTrainingsNewestFirst() {
    String user = newClient(8);
    String other = newClient(8);
    String first = created(user, "Lista 1");
    String second = created(user, "Lista 2");
    String third = created(user, "Lista 3");
    String others = created(other, "Do outro");

    JsonNode page0 = api.get(user, "/api/trainings?page=0&size=2").assertStatus(200).json();
    JsonNode page1 = api.get(user, "/api/trainings?page=1&size=2").assertStatus(200).json();
    assertThat(HttpApi.ids(page0)).containsExactly(third, second);
    assertThat(HttpApi.ids(page1)).containsExactly(first);
    assertThat(page1.get(0).path("topic").asText()).isEqualTo("Lista 1");
    assertThat(page1.get(0).path("preferredDate").asText()).isEqualTo("2026-12-07T12:00:00Z");
    assertThat(page1.get(0).has("timeline")).isFalse();
    assertThat(HttpApi.ids(api.listAll(other, "/api/trainings"))).containsExactly(others);
    assertThat(HttpApi.ids(api.listAll(user, "/api/trainings?status=SCHEDULED")))
        .containsExactly(third, second, first);
    assertThat(api.listAll(user, "/api/trainings?status=CLOSED")).isEmpty();

    List<String> tenants = HttpApi.ids(api.listAll("leiloes-analyst", "/api/trainings"));
    assertThat(tenants)
        .contains(first, second, third, others)
        .isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(HttpApi.ids(api.listAll("leiloes-gateway", "/api/trainings")))
        .contains(first, others);
    assertThat(HttpApi.ids(api.listAll("oobj-analyst", "/api/trainings")))
        .doesNotContain(first, second, third, others);
  }

  @Test
  @DisplayName(
      "API list 400: page below 0, size outside 1–100, an unknown status, each naming the parameter; 401 without credentials")
  void badListParameters() {
    api.assertListParametersChecked("leiloes-premium", "/api/trainings");
  }

  @Test
  @DisplayName(
      "API dates: preferredDate is a date-time with offset or a plain date, which means 09:00 in the tenant's zone (São Paulo: 12:00Z); the view shows the instant")
  void preferredDateIsADateTimeWithOffsetOrAPlainDate() {
    String user = newClient(8);

    JsonNode withOffset =
        api.post(user, "/api/trainings", body("Turma da tarde", "1", "2026-12-10T14:00:00-03:00"))
            .assertStatus(201)
            .json();
    JsonNode plainDate =
        api.post(user, "/api/trainings", body("Turma da manhã", "1", "2026-12-10"))
            .assertStatus(201)
            .json();

    assertThat(withOffset.path("preferredDate").asText()).isEqualTo("2026-12-10T17:00:00Z");
    assertThat(plainDate.path("preferredDate").asText()).isEqualTo("2026-12-10T12:00:00Z");
    assertThat(
            api.get(user, "/api/trainings/" + plainDate.path("id").asText())
                .json()
                .path("preferredDate")
                .asText())
        .isEqualTo("2026-12-10T12:00:00Z");
  }

  @Test
  @DisplayName(
      "API dates 400: a preferredDate that is neither a date-time with offset nor a plain date names the field")
  void badPreferredDateIsAFieldError() {
    for (String bad : List.of("2026-12-10T14:00:00", "10/12/2026", "2026-13-10", "dezembro")) {
      Response refused =
          api.post("leiloes-premium", "/api/trainings", body("Tópico", "1", bad))
              .assertProblem(400);
      assertThat(refused.json().path("errors").get(0).path("field").asText())
          .as(bad)
          .isEqualTo("preferredDate");
    }
  }

  @Test
  @DisplayName(
      "API O-11: an oobj training is AWAITING_QUOTE; consent is 409 until the quote is ready, then 200 SCHEDULED, then 409 again")
  void oobjTrainingConsent() {
    JsonNode view =
        api.post("oobj-inhouse-pg", "/api/trainings", body("Novo funcionário", "1"))
            .assertStatus(201)
            .json();
    assertThat(view.path("status").asText()).isEqualTo("AWAITING_QUOTE");
    assertThat(view.path("billableHours").decimalValue()).isEqualByComparingTo("1");
    String id = view.path("id").asText();
    api.post("oobj-inhouse-pg", "/api/trainings/" + id + "/consent", "{\"accept\": true}")
        .assertProblem(409);

    completeQuote(id, 2.0, 250.0);
    api.post("oobj-analyst", "/api/trainings/" + id + "/consent", "{\"accept\": true}")
        .assertProblem(403);
    JsonNode scheduled =
        api.post("oobj-inhouse-pg", "/api/trainings/" + id + "/consent", "{\"accept\": true}")
            .assertStatus(200)
            .json();
    assertThat(scheduled.path("status").asText()).isEqualTo("SCHEDULED");
    assertThat(scheduled.path("quote").path("status").asText()).isEqualTo("ACCEPTED");
    assertThat(scheduled.path("timeline").toString())
        .contains("CONSENT_ACCEPTED", "oobj-inhouse-pg", "canal API");
    api.post("oobj-inhouse-pg", "/api/trainings/" + id + "/consent", "{\"accept\": true}")
        .assertProblem(409);
  }

  private String created(String user, String topic) {
    return api.create(user, "/api/trainings", body(topic, "1"));
  }

  private String newClient(int includedHours) {
    String id = newLeiloesClient("trn", includedHours);
    identity.user(id, "Cliente de teste", "training", HttpApi.PASSWORD);
    identity.member(id, "clients");
    identity.tenantMember(id, "leiloes");
    return id;
  }

  private static String body(String topic, String hours) {
    return body(topic, hours, "2026-12-07");
  }

  private static String body(String topic, String hours, String preferredDate) {
    return "{\"topic\": \"%s\", \"hours\": %s, \"preferredDate\": \"%s\"}"
        .formatted(topic, hours, preferredDate);
  }
}
