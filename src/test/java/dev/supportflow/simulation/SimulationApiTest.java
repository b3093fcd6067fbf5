package dev.supportflow.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.supportflow.HttpApi;
import dev.supportflow.Requests;
import dev.supportflow.SupportFlowIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code POST /api/policy/simulations}: an edited table replayed on the decision history of the
 * tenant's tickets received in a range (a Monday of 2031 no other test uses), and nothing changes.
 */
class SimulationApiTest extends SupportFlowIntegrationTest {

  private static final String PATH = "/api/policy/simulations";
  private static final String FROM = "2031-03-10T03:00:00Z";
  private static final String TO = "2031-03-11T03:00:00Z";
  private static final Map<String, Integer> TICKETS_PER_CHANNEL =
      Map.of("PORTAL", 3, "WHATSAPP_OFFICIAL", 2, "EMAIL", 1, "TELEGRAM", 1);
  private static final int TICKETS = 7;
  private static boolean ticketsOpened;

  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void openTicketsOnceInTheRange() {
    if (ticketsOpened) {
      return;
    }
    clockAt("2031-03-10T10:00");
    TICKETS_PER_CHANNEL.forEach(
        (channel, count) -> {
          for (int i = 0; i < count; i++) {
            api.create(
                "leiloes-basic",
                "/api/tickets",
                Requests.ticketJson("Simulação " + channel).put("channel", channel));
          }
        });
    ticketsOpened = true;
  }

  @Test
  @DisplayName(
      "C-2 replayed: an edited leiloes channel-policy that refuses PORTAL changes exactly the portal tickets")
  void refusingPortalChangesThePortalTickets() {
    String edited =
        deployedChannelPolicy("leiloes")
            .replace(
                "<text>\"WHATSAPP_OFFICIAL\",\"PORTAL\"</text>",
                "<text>\"WHATSAPP_OFFICIAL\"</text>");

    JsonNode result = simulate("leiloes-owner", edited, null).assertStatus(200).json();

    assertThat(result.path("decisionKey").asText()).isEqualTo("channel-policy");
    assertThat(result.path("deployedVersion").asInt()).isEqualTo(latest("leiloes").getVersion());
    assertThat(result.path("evaluations").asLong()).isEqualTo(TICKETS);
    assertThat(result.path("changed").asInt()).isEqualTo(TICKETS_PER_CHANNEL.get("PORTAL"));
    assertThat(result.path("transitions")).hasSize(1);
    JsonNode transition = result.path("transitions").get(0);
    assertThat(transition.path("count").asInt()).isEqualTo(TICKETS_PER_CHANNEL.get("PORTAL"));
    assertThat(transition.path("from").path("channelOutcome").asText()).isEqualTo("ACCEPT");
    assertThat(transition.path("to").path("channelOutcome").asText()).isEqualTo("REJECT");
    List<String> ticketIds = new ArrayList<>();
    for (JsonNode change : result.path("changes")) {
      assertThat(change.path("inputs").path("channel").asText()).isEqualTo("PORTAL");
      assertThat(change.path("before").path("matchedRules").get(0).asText())
          .isEqualTo("Rule_L_2_1_official");
      assertThat(change.path("after").path("matchedRules").get(0).asText())
          .isEqualTo("Rule_L_2_1_other_channel");
      assertThat(change.path("after").path("outputs").path("channelOutcome").asText())
          .isEqualTo("REJECT");
      ticketIds.add(change.path("ticketId").asText());
    }
    assertThat(ticketIds)
        .hasSize(TICKETS_PER_CHANNEL.get("PORTAL"))
        .allMatch(id -> id.startsWith("LEI-"));
    for (String ticketId : ticketIds) {
      assertThat(
              api.get("leiloes-analyst", "/api/tickets/" + ticketId)
                  .json()
                  .path("channel")
                  .asText())
          .isEqualTo("PORTAL");
    }
  }

  @Test
  @DisplayName("A table identical to the deployed one changes nothing")
  void identicalTableChangesNothing() {
    JsonNode result =
        simulate("leiloes-owner", deployedChannelPolicy("leiloes"), null).assertStatus(200).json();

    assertThat(result.path("evaluations").asLong()).isEqualTo(TICKETS);
    assertThat(result.path("changed").asLong()).isZero();
    assertThat(result.path("transitions")).isEmpty();
    assertThat(result.path("changes")).isEmpty();
  }

  @Test
  @DisplayName(
      "Plain dates are the tenant's days: 2031-03-10 holds that São Paulo day's tickets, the day before none")
  void plainDatesAreTheTenantsDays() {
    JsonNode byDates =
        send(
                "leiloes-owner",
                deployedChannelPolicy("leiloes"),
                Map.of("from", "2031-03-10", "to", "2031-03-11"))
            .assertStatus(200)
            .json();
    JsonNode dayBefore =
        send(
                "leiloes-owner",
                deployedChannelPolicy("leiloes"),
                Map.of("from", "2031-03-09", "to", "2031-03-10"))
            .assertStatus(200)
            .json();

    assertThat(FROM).isEqualTo("2031-03-10T03:00:00Z");
    assertThat(byDates.path("evaluations").asLong()).isEqualTo(TICKETS);
    assertThat(dayBefore.path("evaluations").asLong()).isZero();
  }

  @Test
  @DisplayName(
      "C-4 in a simulation: a table that breaks the contract, is not XML or holds no contracted decision is a 400 naming the problem")
  void brokenTablesAreRefused() {
    String renamedOutput =
        deployedChannelPolicy("leiloes").replace("name=\"reply\"", "name=\"answer\"");
    HttpApi.Response renamed =
        simulate("leiloes-owner", renamedOutput, null).assertFieldError("file");
    assertThat(renamed.json().path("detail").asText())
        .contains("channel-policy", "outputs", "answer");

    simulate("leiloes-owner", "this is not XML", null).assertFieldError("file");
    String otherKey =
        deployedChannelPolicy("leiloes").replace("id=\"channel-policy\"", "id=\"my-own-table\"");
    assertThat(
            simulate("leiloes-owner", otherKey, null)
                .assertFieldError("file")
                .json()
                .path("detail")
                .asText())
        .contains("no decision of the decision contract");
    assertThat(
            simulate("leiloes-owner", deployed("notification-policy", "leiloes"), null)
                .assertFieldError("file")
                .json()
                .path("detail")
                .asText())
        .contains("notification-policy", "cannot be replayed");
  }

  @Test
  @DisplayName(
      "A cell in JUEL is a 400 and never runs; a FEEL cell cannot call Java: a table cannot act as the server")
  void cellsCannotRunCode() {
    String reply =
        "<text>\"Recebemos sua solicitação. Um analista responderá dentro do prazo do SLA.\"</text>";
    String juel =
        deployedChannelPolicy("leiloes")
            .replace(
                "<outputEntry id=\"OutputEntry_L_2_1_official_reply\">\n          " + reply,
                "<outputEntry id=\"OutputEntry_L_2_1_official_reply\" expressionLanguage=\"juel\">"
                    + "<text>${\"\".getClass().forName(\"java.lang.System\").getMethod(\"setProperty\","
                    + " \"\".getClass(), \"\".getClass()).invoke(null, \"supportflow.cell-ran\", \"juel\")}"
                    + "</text>");
    assertThat(juel).contains("expressionLanguage=\"juel\"");
    assertThat(
            simulate("leiloes-owner", juel, null)
                .assertFieldError("file")
                .json()
                .path("detail")
                .asText())
        .contains("OutputEntry_L_2_1_official_reply", "juel", "FEEL only");

    String feelCallingJava =
        deployedChannelPolicy("leiloes")
            .replace(
                reply,
                "<text>(function(k: string, v: string) external { java: { class: \"java.lang.System\","
                    + " method signature: \"setProperty(java.lang.String, java.lang.String)\" } })"
                    + "(\"supportflow.cell-ran\", \"feel\")</text>");
    assertThat(feelCallingJava).contains("external");
    simulate("leiloes-owner", feelCallingJava, null);

    assertThat(System.getProperty("supportflow.cell-ran")).isNull();
  }

  @Test
  @DisplayName("from and to are required instants, from before to, at most a year apart")
  void rangeIsChecked() {
    String table = deployedChannelPolicy("leiloes");
    assertThat(send("leiloes-owner", table, Map.of("to", TO)).assertProblem(400).fields())
        .containsExactly("from");
    assertThat(
            send("leiloes-owner", table, Map.of("from", FROM, "to", "yesterday"))
                .assertProblem(400)
                .fields())
        .containsExactly("to");
    assertThat(
            send("leiloes-owner", table, Map.of("from", TO, "to", FROM))
                .assertProblem(400)
                .fields())
        .containsExactly("to");
    assertThat(
            send(
                    "leiloes-owner",
                    table,
                    Map.of("from", "1970-01-01T00:00:00Z", "to", "2100-01-01T00:00:00Z"))
                .assertProblem(400)
                .fields())
        .containsExactly("to");
  }

  @Test
  @DisplayName("A simulation deploys nothing, writes no decision history and touches no ticket")
  void simulationChangesNoState() {
    String edited =
        deployedChannelPolicy("leiloes")
            .replace(
                "<text>\"WHATSAPP_OFFICIAL\",\"PORTAL\"</text>",
                "<text>\"WHATSAPP_OFFICIAL\"</text>");
    List<Object> before = state();

    simulate("leiloes-owner", edited, null).assertStatus(200);
    simulate("admin", edited, "leiloes").assertStatus(200);
    simulate("leiloes-owner", "not XML", null).assertProblem(400);

    assertThat(state()).isEqualTo(before);
  }

  @Test
  @DisplayName(
      "C-5 only the tenant's process owners and admins simulate: others get 403, admins name the tenant")
  void whoMaySimulate() {
    String table = deployedChannelPolicy("leiloes");
    simulate("oobj-owner", table, "leiloes").assertProblem(403);
    simulate("leiloes-analyst", table, null).assertProblem(403);
    simulate("leiloes-supervisor", table, null).assertProblem(403);
    simulate("leiloes-basic", table, null).assertProblem(403);
    simulate(null, table, null).assertProblem(401);
    assertThat(simulate("admin", table, null).assertProblem(400).fields())
        .containsExactly("tenant");

    JsonNode asAdmin = simulate("admin", table, "leiloes").assertStatus(200).json();
    assertThat(asAdmin.path("evaluations").asLong()).isEqualTo(TICKETS);
    // oobj's owner simulates for oobj: leiloes' tickets are not in its history
    JsonNode asOobjOwner =
        simulate("oobj-owner", deployedChannelPolicy("oobj"), null).assertStatus(200).json();
    assertThat(asOobjOwner.path("evaluations").asLong()).isZero();
  }

  @Test
  @DisplayName(
      "scope-triage's computed productPurchased is replayed as recorded: the identical oobj table changes nothing, an edited not-bought row changes only that ticket")
  void computedInputsAreReplayedAsRecorded() {
    clockAt("2031-03-12T10:00");
    api.create("oobj-saas", "/api/tickets", Requests.oobjTicketJson("Produto do contrato"));
    String notBought =
        api.create(
            "oobj-saas",
            "/api/tickets",
            Requests.oobjTicketJson("Produto fora do contrato").put("product", "OOBJ_NFSE"));
    Map<String, String> range =
        Map.of("from", "2031-03-12T03:00:00Z", "to", "2031-03-13T03:00:00Z");
    String table = deployed("scope-triage", "oobj");

    JsonNode identical = send("oobj-owner", table, range).assertStatus(200).json();
    assertThat(identical.path("evaluations").asInt()).isEqualTo(2);
    assertThat(identical.path("changed").asInt()).isZero();

    String edited = table.replace("\"O-3-product-not-bought\"", "\"O-3-product-not-in-contract\"");
    JsonNode result = send("oobj-owner", edited, range).assertStatus(200).json();
    assertThat(result.path("changed").asInt()).isEqualTo(1);
    JsonNode change = result.path("changes").get(0);
    assertThat(change.path("ticketId").asText()).isEqualTo(notBought);
    assertThat(change.path("inputs").path("productPurchased").asBoolean(true)).isFalse();
    assertThat(change.path("after").path("outputs").path("scopeRule").asText())
        .isEqualTo("O-3-product-not-in-contract");
  }

  private List<Object> state() {
    return List.of(
        repositoryService.createDeploymentQuery().count(),
        repositoryService.createDecisionDefinitionQuery().count(),
        jdbc.queryForObject("SELECT COUNT(*) FROM decision_record", Long.class),
        jdbc.queryForList(
            "SELECT ticket_number, status, updated_at FROM ticket ORDER BY ticket_number"));
  }

  private HttpApi.Response simulate(String user, String table, String tenant) {
    return tenant == null
        ? send(user, table, Map.of("from", FROM, "to", TO))
        : send(user, table, Map.of("from", FROM, "to", TO, "tenant", tenant));
  }

  private HttpApi.Response send(String user, String table, Map<String, String> fields) {
    String boundary = "simulation-boundary-7c1e";
    StringBuilder body = new StringBuilder();
    fields.forEach(
        (name, value) ->
            body.append("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
    body.append("--")
        .append(boundary)
        .append("\r\n")
        .append(
            "Content-Disposition: form-data; name=\"file\"; filename=\"channel-policy.dmn\"\r\n")
        .append("Content-Type: application/xml\r\n\r\n")
        .append(table)
        .append("\r\n")
        .append("--")
        .append(boundary)
        .append("--\r\n");
    return api.exchange(
        user,
        HttpApi.PASSWORD,
        "POST",
        PATH,
        BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8),
        "Content-Type",
        "multipart/form-data; boundary=" + boundary);
  }

  private DecisionDefinition latest(String tenant) {
    return latest("channel-policy", tenant);
  }

  private DecisionDefinition latest(String decisionKey, String tenant) {
    return repositoryService
        .createDecisionDefinitionQuery()
        .decisionDefinitionKey(decisionKey)
        .tenantIdIn(tenant)
        .latestVersion()
        .singleResult();
  }

  /** The tenant's channel-policy as deployed now (other tests may deploy edited versions). */
  private String deployedChannelPolicy(String tenant) {
    return deployed("channel-policy", tenant);
  }

  private String deployed(String decisionKey, String tenant) {
    try (InputStream model =
        repositoryService.getDecisionModel(latest(decisionKey, tenant).getId())) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      model.transferTo(bytes);
      return bytes.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
