package dev.supportflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.supportflow.HttpCalls;
import dev.supportflow.HttpCalls.Response;
import dev.supportflow.SupportFlowIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * C-5 over real HTTP: nobody anonymous reads anything, a client sees only its own tickets, nobody acts in another
 * tenant, and on engine REST the engine itself (authorization and tenant check) keeps staff inside their tenant.
 */
class IsolationTest extends SupportFlowIntegrationTest {

  private static final String MONDAY_10_00 = "2026-11-23T10:00";

  @LocalServerPort
  int port;

  @Autowired
  TaskService taskService;

  private HttpCalls http;

  @BeforeEach
  void http() {
    http = new HttpCalls(port);
  }

  @Test
  @DisplayName("C-5 anonymous: 401 problem+json on /api and on /engine-rest, reads and writes alike")
  void anonymousGetsNothing() {
    for (String path : List.of("/api/tickets", "/api/tickets/LEI-000001", "/engine-rest/task",
        "/engine-rest/process-instance", "/engine-rest/filter", "/engine-rest/user")) {
      Response response = http.get(null, path);
      assertThat(response.status()).as(response.toString()).isEqualTo(401);
      assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
    }
    assertThat(http.post(null, "/engine-rest/task/any/complete", "{}").status()).isEqualTo(401);
    assertThat(http.post(null, "/api/tickets", ticket("Anônimo")).status()).isEqualTo(401);
  }

  @Test
  @DisplayName("C-5 a client reading another client's ticket gets 404, in its tenant or another; its list holds only its own")
  void clientReadsOnlyItsOwnTickets() {
    clockAt(MONDAY_10_00);
    String basics = open("leiloes-basic", ticket("Só do básico"));

    assertThat(http.get("leiloes-premium", "/api/tickets/" + basics).status()).isEqualTo(404);
    assertThat(http.get("oobj-saas", "/api/tickets/" + basics).status()).isEqualTo(404);
    assertThat(http.get("leiloes-basic", "/api/tickets/" + basics).status()).isEqualTo(200);
    List<String> premiumList = new ArrayList<>();
    http.get("leiloes-premium", "/api/tickets?size=100").json().forEach(t -> premiumList.add(t.path("id").asText()));
    assertThat(premiumList).doesNotContain(basics);
  }

  @Test
  @DisplayName("C-5 a client or a gateway acting in another tenant gets 403")
  void nobodyActsInAnotherTenant() {
    clockAt(MONDAY_10_00);
    Response client = http.post("leiloes-basic", "/api/tickets", oobjTicket("Na oobj").put("tenant", "oobj"));
    Response gateway = http.post("leiloes-gateway", "/api/tickets",
        oobjTicket("Na oobj").put("tenant", "oobj").put("clientId", "oobj-saas"));
    Response oobjGateway = http.post("oobj-gateway", "/api/tickets",
        ticket("Em leiloes").put("tenant", "leiloes").put("clientId", "leiloes-basic"));

    assertThat(client.status()).as(client.toString()).isEqualTo(403);
    assertThat(gateway.status()).as(gateway.toString()).isEqualTo(403);
    assertThat(oobjGateway.status()).as(oobjGateway.toString()).isEqualTo(403);
  }

  @Test
  @DisplayName("C-5 clients and gateways have no engine REST: 403 on listing tasks, completing one, reading instances")
  void clientsAndGatewaysHaveNoEngineRest() {
    clockAt(MONDAY_10_00);
    String id = open("leiloes-basic", ticket("Quero concluir sozinho"));
    Task task = firstResponseTask(id);

    for (String user : List.of("leiloes-basic", "leiloes-gateway")) {
      Response list = http.get(user, "/engine-rest/task");
      Response complete = http.post(user, "/engine-rest/task/" + task.getId() + "/complete", response("Feito"));
      Response instances = http.get(user, "/engine-rest/process-instance");
      for (Response response : List.of(list, complete, instances)) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
      }
    }
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("still open").isEqualTo(1);
  }

  @Test
  @DisplayName("C-5 engine REST: an oobj analyst cannot list, read, claim or complete a leiloes task, nor read or delete its process instance")
  void oobjAnalystCannotReachLeiloesWork() {
    clockAt(MONDAY_10_00);
    String id = open("leiloes-basic", ticket("Isolamento do motor"));
    Task task = firstResponseTask(id);
    String instance = task.getProcessInstanceId();

    assertThat(http.get("oobj-analyst", "/engine-rest/task?processInstanceBusinessKey=" + id).json()).isEmpty();
    assertThat(ids(http.get("oobj-analyst", "/engine-rest/task?maxResults=1000").json()))
        .doesNotContain(task.getId());
    assertThat(http.get("oobj-analyst", "/engine-rest/task/" + task.getId()).status()).isEqualTo(404);
    assertThat(http.get("oobj-analyst", "/engine-rest/task/" + task.getId() + "/variables").status())
        .isGreaterThanOrEqualTo(400);
    // The engine's tenant check refuses; engine REST answers as for an unknown id.
    assertNotFound(http.post("oobj-analyst", "/engine-rest/task/" + task.getId() + "/claim",
        "{\"userId\": \"oobj-analyst\"}"));
    assertNotFound(http.post("oobj-analyst", "/engine-rest/task/" + task.getId() + "/complete",
        response("Resposta de outro tenant")));

    assertThat(http.get("oobj-analyst", "/engine-rest/process-instance?businessKey=" + id).json()).isEmpty();
    assertThat(http.get("oobj-analyst", "/engine-rest/process-instance/" + instance).status()).isEqualTo(404);
    assertRefused(http.delete("oobj-analyst", "/engine-rest/process-instance/" + instance));

    Task after = taskService.createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(after).as("still open").isNotNull();
    assertThat(after.getAssignee()).as("nobody claimed it").isNull();
    assertThat(timelineKinds(id)).doesNotContain("FIRST_RESPONSE");
  }

  @Test
  @DisplayName("C-5 engine REST: the leiloes analyst lists, claims and completes the same task; the ticket records the first response")
  void leiloesAnalystWorksTheTask() {
    clockAt(MONDAY_10_00);
    String id = open("leiloes-basic", ticket("Trabalho do analista"));

    JsonNode tasks = http.get("leiloes-analyst", "/engine-rest/task?processInstanceBusinessKey=" + id).json();
    assertThat(tasks).hasSize(1);
    String taskId = tasks.get(0).path("id").asText();
    assertThat(tasks.get(0).path("tenantId").asText()).isEqualTo("leiloes");
    assertThat(http.get("leiloes-analyst", "/engine-rest/task/" + taskId + "/form-variables").status())
        .isEqualTo(200);
    Response claim = http.post("leiloes-analyst", "/engine-rest/task/" + taskId + "/claim",
        "{\"userId\": \"leiloes-analyst\"}");
    assertThat(claim.status()).as(claim.toString()).isEqualTo(204);
    Response complete = http.post("leiloes-analyst", "/engine-rest/task/" + taskId + "/complete",
        response("Estamos verificando"));
    assertThat(complete.status()).as(complete.toString()).isEqualTo(204);

    assertThat(timelineKinds(id)).contains("FIRST_RESPONSE");
  }

  @Test
  @DisplayName("C-5 Tasklist filters: analysts read Meu time only; supervisors also Escalonados; account managers Aguardando orçamento")
  void filtersPerGroup() {
    assertThat(filterNames("leiloes-analyst")).contains("Meu time")
        .doesNotContain("Escalonados", "Aguardando orçamento");
    assertThat(filterNames("oobj-supervisor")).contains("Meu time", "Escalonados", "Aguardando orçamento");
    assertThat(filterNames("leiloes-manager")).contains("Meu time", "Aguardando orçamento")
        .doesNotContain("Escalonados");
  }

  @Test
  @DisplayName("C-5 Tasklist filter Meu time, run by an analyst, lists only tasks of the analyst's tenant")
  void myTeamFilterStaysInTenant() {
    clockAt(MONDAY_10_00);
    String leiloes = open("leiloes-basic", ticket("Filtro leiloes"));
    String oobj = open("oobj-saas", oobjTicket("Filtro oobj"));
    String leiloesTask = firstResponseTask(leiloes).getId();
    String oobjTask = firstResponseTask(oobj).getId();

    List<String> seenByLeiloes = ids(filterList("leiloes-analyst"));
    List<String> seenByOobj = ids(filterList("oobj-analyst"));

    assertThat(seenByLeiloes).contains(leiloesTask).doesNotContain(oobjTask);
    assertThat(seenByOobj).contains(oobjTask).doesNotContain(leiloesTask);
  }

  // ---------------------------------------------------------------------------------------------------------------

  private JsonNode filterList(String user) {
    String filterId = null;
    for (JsonNode filter : http.get(user, "/engine-rest/filter").json()) {
      if (filter.path("name").asText().equals("Meu time")) {
        filterId = filter.path("id").asText();
      }
    }
    assertThat(filterId).as("Meu time visible to " + user).isNotNull();
    Response list = http.get(user, "/engine-rest/filter/" + filterId + "/list?maxResults=1000");
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.json();
  }

  private List<String> filterNames(String user) {
    Response response = http.get(user, "/engine-rest/filter");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    response.json().forEach(f -> names.add(f.path("name").asText()));
    return names;
  }

  private static void assertNotFound(Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(404);
    assertThat(response.body()).as(response.toString()).doesNotContain("Exception:", "at org.");
  }

  private static void assertRefused(Response response) {
    assertThat(response.status()).as(response.toString()).isBetween(400, 499);
  }

  private Task firstResponseTask(String ticketId) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(ticketId)
        .taskDefinitionKey("Task_FirstResponse").singleResult();
    assertThat(task).as("first response task of " + ticketId).isNotNull();
    return task;
  }

  private List<String> timelineKinds(String ticketId) {
    List<String> kinds = new ArrayList<>();
    http.get("leiloes-basic", "/api/tickets/" + ticketId).json().path("timeline")
        .forEach(e -> kinds.add(e.path("kind").asText()));
    return kinds;
  }

  private String open(String user, ObjectNode body) {
    Response response = http.post(user, "/api/tickets", body);
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json().path("id").asText();
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.forEach(t -> ids.add(t.path("id").asText()));
    return ids;
  }

  private static String response(String text) {
    ObjectNode body = HttpCalls.JSON.createObjectNode();
    body.putObject("variables").putObject("response").put("value", text).put("type", "String");
    return body.toString();
  }

  static ObjectNode ticket(String subject) {
    return HttpCalls.JSON.createObjectNode()
        .put("channel", "PORTAL")
        .put("type", "INCIDENT")
        .put("topic", "SOFTWARE_FAILURE")
        .put("symptom", "DEGRADED")
        .put("auctionInProgress", false)
        .put("subject", subject)
        .put("description", "Desde as 9h");
  }

  static ObjectNode oobjTicket(String subject) {
    ObjectNode body = ticket(subject).put("service", "NFE_EMISSION").put("product", "OOBJ_DFE");
    body.remove("auctionInProgress");
    return body;
  }
}
