package dev.supportflow.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.supportflow.HttpApi;
import dev.supportflow.SupportFlowIntegrationTest;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What each caller hands the billable-work gate: the variables {@code billable-work-consent} stores
 * when it first waits (the account manager's quote task), by name, type and value, for every call
 * activity that calls it. The callers are driven through the API only; the gate's own variables
 * (the billing table's quote terms) are the same for all.
 */
class BillableWorkConsentVariablesTest extends SupportFlowIntegrationTest {

  private static final String MONDAY_10_00 = "2026-11-23T10:00";
  private static final String SATURDAY_22_00 = "2026-11-28T22:00";
  private static final Set<String> QUOTE_TERMS =
      Set.of("quoteHours", "quoteHourlyRate", "quoteCurrency", "quoteValidity");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  HttpApi api;

  @BeforeEach
  void setUp() {
    api = new HttpApi(port);
  }

  @Test
  @DisplayName(
      "L-4.3 ticket out of hours: the ticket's transient facts reach the gate as stored values; no hours, rate or deadline")
  void ticket() {
    clockAt(SATURDAY_22_00);
    JsonNode ticket =
        api.post(
                "leiloes-premium",
                "/api/tickets",
                HttpApi.JSON
                    .createObjectNode()
                    .put("channel", "PORTAL")
                    .put("type", "INCIDENT")
                    .put("topic", "SOFTWARE_FAILURE")
                    .put("symptom", "DEGRADED")
                    .put("auctionInProgress", false)
                    .put("subject", "Lentidão no cadastro")
                    .put("description", "Desde as 21h")
                    .toString())
            .assertStatus(201)
            .json();
    String id = ticket.path("id").asText();

    assertThat(gateVariables(id))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "subjectType", "string TICKET",
                "subjectId", "string " + id,
                "tenant", "string leiloes",
                "clientId", "string leiloes-premium",
                "accountManager", "string leiloes-manager",
                "plan", "string PREMIUM · SAAS · 8 h de treinamento",
                "workKind", "string OUT_OF_HOURS_SUPPORT",
                "workSummary", "string Lentidão no cadastro"));
    assertThat(storedNames("ticket-intake", id))
        .doesNotContain("subjectType", "workSummary", "consentOutcome");
  }

  @Test
  @DisplayName(
      "L-6.3 ad-hoc meeting: the meeting's variables, the kind set by the call activity, the proposed start as the quote's deadline")
  void adHocMeeting() {
    clockAt(MONDAY_10_00);
    String id = meeting("leiloes-enterprise", "2026-11-23T15:00:00-03:00");

    assertThat(gateVariables(id))
        .containsExactlyInAnyOrderEntriesOf(
            meetingGate(id, "AD_HOC_MEETING", "23/11/2026 15:00", "2026-11-23T18:00:00Z"));
  }

  @Test
  @DisplayName(
      "L-6.2 consulting meeting after the client insists: the same variables, kind CONSULTING_MEETING")
  void consultingMeeting() {
    clockAt(MONDAY_10_00);
    String id = meeting("leiloes-enterprise", "2026-11-26T10:00:00-03:00");
    String agenda =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(id)
            .taskDefinitionKey("Task_ApproveAgenda")
            .singleResult()
            .getId();
    taskService.complete(
        agenda, Map.of("agendaApproved", false, "supervisorNote", "Use o chamado"));
    api.post("leiloes-enterprise", "/api/meetings/" + id + "/insist", null).assertStatus(200);

    assertThat(gateVariables(id))
        .containsExactlyInAnyOrderEntriesOf(
            meetingGate(id, "CONSULTING_MEETING", "26/11/2026 10:00", "2026-11-26T13:00:00Z"));
  }

  @Test
  @DisplayName(
      "O-11 training beyond the balance: the excess hours, no agreed rate (null), no deadline")
  void training() {
    clockAt(MONDAY_10_00);
    String id =
        api.post(
                "oobj-inhouse-pg",
                "/api/trainings",
                "{\"topic\": \"Novo funcionário\", \"hours\": 1, \"preferredDate\": \"2026-12-07\"}")
            .assertStatus(201)
            .json()
            .path("id")
            .asText();

    assertThat(gateVariables(id))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "subjectType", "string TRAINING",
                "subjectId", "string " + id,
                "tenant", "string oobj",
                "clientId", "string oobj-inhouse-pg",
                "accountManager", "string oobj-manager",
                "plan", "string IN_HOUSE POSTGRESQL · OOBJ_DFE",
                "workKind", "string TRAINING",
                "workSummary",
                    "string Treinamento de 1 h (0 h do plano, 1 h além do saldo) a partir de 07/12/2026 09:00: "
                        + "Novo funcionário",
                "estimatedHours", "double 1.0",
                "agreedRate", "null null"));
  }

  @Test
  @DisplayName(
      "O-9 migration: the intervention's variables, its kind as the work kind, no agreed rate (null)")
  void intervention() {
    clockAt(MONDAY_10_00);
    String id =
        api.post(
                "oobj-saas",
                "/api/interventions",
                HttpApi.JSON
                    .createObjectNode()
                    .put("kind", "MIGRATION")
                    .put("preferredDate", "2026-12-01T22:00:00-03:00")
                    .put("notes", "Migrar para o servidor novo")
                    .toString())
            .assertStatus(201)
            .json()
            .path("id")
            .asText();

    assertThat(gateVariables(id))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "subjectType", "string INTERVENTION",
                "subjectId", "string " + id,
                "tenant", "string oobj",
                "clientId", "string oobj-saas",
                "accountManager", "string oobj-manager",
                "plan", "string SAAS · OOBJ_DFE",
                "workKind", "string MIGRATION",
                "workSummary", "string Migrar para o servidor novo",
                "estimatedHours", "null null",
                "agreedRate", "null null"));
  }

  private String meeting(String client, String proposedStart) {
    return api.post(
            client,
            "/api/meetings",
            HttpApi.JSON
                .createObjectNode()
                .put("agenda", "Leilão de amanhã")
                .put("proposedStart", proposedStart)
                .put("durationMinutes", 90)
                .toString())
        .assertStatus(201)
        .json()
        .path("id")
        .asText();
  }

  private static Map<String, String> meetingGate(
      String id, String workKind, String when, String proposedStart) {
    return Map.ofEntries(
        Map.entry("subjectType", "string MEETING"),
        Map.entry("subjectId", "string " + id),
        Map.entry("tenant", "string leiloes"),
        Map.entry("clientId", "string leiloes-enterprise"),
        Map.entry("accountManager", "string leiloes-manager"),
        Map.entry(
            "plan",
            "string ENTERPRISE · SAAS · desenvolvedor dedicado TEAM · consultoria · 16 h de treinamento"),
        Map.entry("workKind", "string " + workKind),
        Map.entry(
            "workSummary", "string Reunião de 90 min em " + when + ". Pauta: Leilão de amanhã"),
        Map.entry("estimatedHours", "double 1.5"),
        Map.entry("agreedRate", "double 300.0"),
        Map.entry("quoteDeadline", "date " + proposedStart));
  }

  /**
   * The variables the gate was called with, as it stores them while its quote task waits: name →
   * "type value" (dates as instants). Left out: the quote's terms, which the gate itself sets from
   * the billing table.
   */
  private Map<String, String> gateVariables(String businessKey) {
    ProcessInstance gate =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(businessKey)
            .processDefinitionKey("billable-work-consent")
            .singleResult();
    assertThat(gate).as("billable-work-consent for %s", businessKey).isNotNull();
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(gate.getId())
                .taskDefinitionKey("Task_PrepareQuote")
                .count())
        .isOne();
    Map<String, String> variables = new TreeMap<>();
    for (VariableInstance v :
        runtimeService.createVariableInstanceQuery().processInstanceIdIn(gate.getId()).list()) {
      if (QUOTE_TERMS.contains(v.getName())) {
        continue;
      }
      Object value = v.getValue() instanceof Date date ? date.toInstant() : v.getValue();
      variables.put(v.getName(), v.getTypeName() + " " + value);
    }
    return variables;
  }

  private List<String> storedNames(String processKey, String businessKey) {
    ProcessInstance caller =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(businessKey)
            .processDefinitionKey(processKey)
            .singleResult();
    return runtimeService
        .createVariableInstanceQuery()
        .processInstanceIdIn(caller.getId())
        .list()
        .stream()
        .map(VariableInstance::getName)
        .toList();
  }
}
