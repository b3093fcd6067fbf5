package dev.supportflow.report;

import static dev.supportflow.Requests.oobjTicketJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.supportflow.HttpApi;
import dev.supportflow.HttpApi.Response;
import dev.supportflow.SupportFlowIntegrationTest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The SLA report over HTTP on tickets driven through the real intake and conversation, with figures
 * known by hand. Oobj's catalog service NFE_EMISSION: first response in 1 business hour, resolution
 * in 8 (Mon–Fri 07:00–19:00, Brazilian holidays closed). Weeks of Mon 14 and Mon 21 April 2031; Mon
 * 21 April is Tiradentes, a national holiday. The report is read at Fri 25 April 18:45.
 *
 * <ul>
 *   <li>A, Tue 15 10:00, portal: answered 10:20 (20 min, met), resolved 12:00 (met).
 *   <li>B, Wed 16 10:00, e-mail: answered 11:30 (90 min, due 11:00: breached), resolved 17:00
 *       (met).
 *   <li>C, Fri 18 10:00, portal: a question at 10:30 (30 min, met) pauses the clock until the
 *       answer on Tue 22 09:00 — the weekend and the holiday between: 630 business minutes paused,
 *       the resolution due time moves from Fri 18:00 to Tue 16:30; resolved Tue 16:00: met (450
 *       business minutes worked), where wall-clock time would be four days late.
 *   <li>D, Wed 23 10:00, portal, never answered: both due times passed, breached while open.
 *   <li>E, Fri 25 18:30, portal, not yet due: neither met nor breached.
 *   <li>G, Tue 15 10:05, Telegram: refused by channel policy, no SLA.
 * </ul>
 */
class SlaReportTest extends SupportFlowIntegrationTest {

  private static final String CLIENT = "oobj-saas";
  private static final String ANALYST = "oobj-analyst";
  private static final String SUPERVISOR = "oobj-supervisor";
  private static final String RANGE = "from=2031-04-14&to=2031-04-28";
  private static final String READ_AT = "2031-04-25T18:45";
  private static boolean ticketsCreated;

  @BeforeEach
  void handMadeTickets() {
    if (ticketsCreated) {
      clockAt(READ_AT);
      return;
    }
    clockAt("2031-04-15T10:00");
    String a = openTicket("PORTAL");
    clockAt("2031-04-15T10:05");
    api.post(CLIENT, "/api/tickets", oobjTicketJson("Pelo Telegram").put("channel", "TELEGRAM"))
        .assertStatus(201);
    clockAt("2031-04-15T10:20");
    reply(a, false);
    clockAt("2031-04-15T12:00");
    resolve(a);

    clockAt("2031-04-16T10:00");
    String b = openTicket("EMAIL");
    clockAt("2031-04-16T11:30");
    reply(b, false);
    clockAt("2031-04-16T17:00");
    resolve(b);

    clockAt("2031-04-18T10:00");
    String c = openTicket("PORTAL");
    clockAt("2031-04-18T10:30");
    reply(c, true);
    clockAt("2031-04-22T09:00");
    api.post(CLIENT, "/api/tickets/" + c + "/messages", text("Versão 4.2.")).assertStatus(201);
    clockAt("2031-04-22T16:00");
    resolve(c);
    JsonNode sla = api.get(CLIENT, "/api/tickets/" + c).assertStatus(200).json().path("sla");
    assertThat(sla.path("pausedBusinessMinutes").asLong()).isEqualTo(630);
    assertThat(sla.path("resolutionBusinessMinutes").asLong()).isEqualTo(450);

    clockAt("2031-04-23T10:00");
    openTicket("PORTAL");
    clockAt("2031-04-25T18:30");
    openTicket("PORTAL");

    ticketsCreated = true;
    clockAt(READ_AT);
  }

  @Test
  @DisplayName(
      "C-3 SLA report by week: met, breached (also while open past the due time), business-minute percentiles, paused time across a weekend and a holiday left out, tickets without an SLA apart")
  void figuresPerWeek() {
    JsonNode report =
        api.get(SUPERVISOR, "/api/reports/sla?groupBy=week&" + RANGE).assertStatus(200).json();

    assertThat(report.path("tenant").asText()).isEqualTo("oobj");
    assertThat(report.path("from").asText()).isEqualTo("2031-04-14T03:00:00Z");
    assertThat(report.path("to").asText()).isEqualTo("2031-04-28T03:00:00Z");
    assertThat(report.path("noSla").asLong()).isEqualTo(1);
    assertThat(rows(report))
        .containsExactly(
            "2031-04-14 tickets=3 frMet=2 frBreached=1 resMet=3 resBreached=0 median=30 p90=90",
            "2031-04-21 tickets=2 frMet=0 frBreached=1 resMet=0 resBreached=1 median=null p90=null");
  }

  @Test
  @DisplayName("SLA report by channel and by service group the same tickets")
  void figuresPerChannelAndService() {
    assertThat(rows(api.get(SUPERVISOR, "/api/reports/sla?groupBy=channel&" + RANGE).json()))
        .containsExactly(
            "EMAIL tickets=1 frMet=0 frBreached=1 resMet=1 resBreached=0 median=90 p90=90",
            "PORTAL tickets=4 frMet=2 frBreached=1 resMet=2 resBreached=1 median=20 p90=30");
    assertThat(rows(api.get(SUPERVISOR, "/api/reports/sla?groupBy=service&" + RANGE).json()))
        .containsExactly(
            "NFE_EMISSION tickets=5 frMet=2 frBreached=2 resMet=3 resBreached=1 median=30 p90=90");
  }

  @Test
  @DisplayName("SLA report: Accept text/csv gives the JSON's rows, header named as the JSON fields")
  void csvEqualsJson() {
    for (String groupBy : List.of("week", "channel", "service")) {
      String query = "/api/reports/sla?groupBy=" + groupBy + "&" + RANGE;
      JsonNode json = api.get(SUPERVISOR, query).assertStatus(200).json();
      Response csv =
          api.exchange(
                  SUPERVISOR,
                  HttpApi.PASSWORD,
                  "GET",
                  query,
                  BodyPublishers.noBody(),
                  "Accept",
                  "text/csv")
              .assertStatus(200);

      assertThat(csv.contentType()).startsWith("text/csv");
      List<String> lines = csv.body().lines().toList();
      List<String> columns = List.of(lines.get(0).split(","));
      assertThat(columns).containsExactlyElementsOf(SlaReportCsv.COLUMNS);
      List<String> expected = new ArrayList<>();
      json.path("rows")
          .forEach(
              row ->
                  expected.add(
                      String.join(
                          ",",
                          columns.stream()
                              .map(c -> row.path(c).isNull() ? "" : row.path(c).asText())
                              .toList())));
      assertThat(lines.subList(1, lines.size())).isEqualTo(expected).isNotEmpty();
    }
  }

  @Test
  @DisplayName(
      "C-5 SLA report: staff of the other tenant see none of it; their own report of the range is empty")
  void otherTenantSeesNothing() {
    api.get("leiloes-supervisor", "/api/reports/sla?tenant=oobj&" + RANGE).assertProblem(403);
    JsonNode own =
        api.get("leiloes-supervisor", "/api/reports/sla?" + RANGE).assertStatus(200).json();
    assertThat(own.path("tenant").asText()).isEqualTo("leiloes");
    assertThat(own.path("rows")).isEmpty();
    assertThat(own.path("noSla").asLong()).isZero();
  }

  @Test
  @DisplayName(
      "C-5 SLA report: supervisors, process owners and admins (naming the tenant) read it; analysts, account managers, clients and gateways get 403")
  void whoReadsIt() {
    JsonNode supervisors = api.get(SUPERVISOR, "/api/reports/sla?" + RANGE).json();
    assertThat(api.get("admin", "/api/reports/sla?tenant=oobj&" + RANGE).assertStatus(200).json())
        .isEqualTo(supervisors);
    api.get("leiloes-owner", "/api/reports/sla?" + RANGE).assertStatus(200);
    api.get("admin", "/api/reports/sla?" + RANGE).assertFieldError("tenant");
    for (String user : List.of(ANALYST, "oobj-manager", CLIENT, "oobj-gateway")) {
      api.get(user, "/api/reports/sla?" + RANGE).assertProblem(403);
    }
    api.get(null, "/api/reports/sla?" + RANGE).assertProblem(401);
  }

  @Test
  @DisplayName(
      "SLA report: a missing or reversed range and an unknown groupBy are 400 on the field")
  void badParameters() {
    api.get(SUPERVISOR, "/api/reports/sla?groupBy=client&" + RANGE).assertFieldError("groupBy");
    api.get(SUPERVISOR, "/api/reports/sla?to=2031-04-28").assertFieldError("from");
    api.get(SUPERVISOR, "/api/reports/sla?from=yesterday&to=2031-04-28").assertFieldError("from");
    api.get(SUPERVISOR, "/api/reports/sla?from=2031-04-28&to=2031-04-14").assertFieldError("to");
    api.get(SUPERVISOR, "/api/reports/sla?from=2029-01-01&to=2031-04-14").assertFieldError("to");
  }

  private static List<String> rows(JsonNode report) {
    List<String> rows = new ArrayList<>();
    report
        .path("rows")
        .forEach(
            r ->
                rows.add(
                    "%s tickets=%d frMet=%d frBreached=%d resMet=%d resBreached=%d median=%s p90=%s"
                        .formatted(
                            r.path("group").asText(),
                            r.path("tickets").asLong(),
                            r.path("firstResponseMet").asLong(),
                            r.path("firstResponseBreached").asLong(),
                            r.path("resolutionMet").asLong(),
                            r.path("resolutionBreached").asLong(),
                            r.path("medianFirstResponseBusinessMinutes").asText(),
                            r.path("p90FirstResponseBusinessMinutes").asText())));
    return rows;
  }

  private String openTicket(String channel) {
    return api.create(
        CLIENT, "/api/tickets", oobjTicketJson("NF-e rejeitada").put("channel", channel));
  }

  private void reply(String id, boolean waitForClient) {
    api.post(
            ANALYST,
            "/api/tickets/" + id + "/replies",
            text("Estamos verificando.")
                .put("visibility", "PUBLIC")
                .put("waitForClient", waitForClient))
        .assertStatus(201);
  }

  private void resolve(String id) {
    completeTask(id, "Task_Resolve", Map.of("resolution", "Resolvido."));
  }

  private static ObjectNode text(String text) {
    return HttpApi.JSON.createObjectNode().put("text", text);
  }
}
