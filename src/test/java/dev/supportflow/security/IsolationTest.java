package dev.supportflow.security;

import static dev.supportflow.Requests.oobjTicketJson;
import static dev.supportflow.Requests.taskVariables;
import static dev.supportflow.Requests.ticketJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.supportflow.HttpApi;
import dev.supportflow.HttpApi.Response;
import dev.supportflow.SupportFlowIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * C-5 over real HTTP: nobody anonymous reads anything, a client sees only its own tickets, nobody
 * acts in another tenant, and on engine REST the engine itself (authorization and tenant check)
 * keeps staff inside their tenant.
 */
class IsolationTest extends SupportFlowIntegrationTest {

  private static final String MONDAY_10_00 = "2026-11-23T10:00";

  @Test
  @DisplayName(
      "C-5 anonymous: 401 problem+json on /api and on /engine-rest, reads and writes alike")
  void anonymousGetsNothing() {
    for (String path :
        List.of(
            "/api/tickets",
            "/api/tickets/LEI-000001",
            "/engine-rest/task",
            "/engine-rest/process-instance",
            "/engine-rest/filter",
            "/engine-rest/user")) {
      Response response = api.get(null, path);
      assertThat(response.status()).as(response.toString()).isEqualTo(401);
      assertThat(response.contentType())
          .as(response.toString())
          .startsWith("application/problem+json");
    }
    assertThat(api.post(null, "/engine-rest/task/any/complete", "{}").status()).isEqualTo(401);
    assertThat(api.post(null, "/api/tickets", ticketJson("Anônimo")).status()).isEqualTo(401);
  }

  @Test
  @DisplayName(
      "C-5 a client reading another client's ticket gets 404, in its tenant or another; its list holds only its own")
  void clientReadsOnlyItsOwnTickets() {
    clockAt(MONDAY_10_00);
    String basics = api.create("leiloes-basic", "/api/tickets", ticketJson("Só do básico"));

    assertThat(api.get("leiloes-premium", "/api/tickets/" + basics).status()).isEqualTo(404);
    assertThat(api.get("oobj-saas", "/api/tickets/" + basics).status()).isEqualTo(404);
    assertThat(api.get("leiloes-basic", "/api/tickets/" + basics).status()).isEqualTo(200);
    assertThat(HttpApi.ids(api.get("leiloes-premium", "/api/tickets?size=100").json()))
        .doesNotContain(basics);
  }

  @Test
  @DisplayName("C-5 a client or a gateway acting in another tenant gets 403")
  void nobodyActsInAnotherTenant() {
    clockAt(MONDAY_10_00);
    Response client =
        api.post("leiloes-basic", "/api/tickets", oobjTicketJson("Na oobj").put("tenant", "oobj"));
    Response gateway =
        api.post(
            "leiloes-gateway",
            "/api/tickets",
            oobjTicketJson("Na oobj").put("tenant", "oobj").put("clientId", "oobj-saas"));
    Response oobjGateway =
        api.post(
            "oobj-gateway",
            "/api/tickets",
            ticketJson("Em leiloes").put("tenant", "leiloes").put("clientId", "leiloes-basic"));

    assertThat(client.status()).as(client.toString()).isEqualTo(403);
    assertThat(gateway.status()).as(gateway.toString()).isEqualTo(403);
    assertThat(oobjGateway.status()).as(oobjGateway.toString()).isEqualTo(403);
  }

  @Test
  @DisplayName(
      "C-5 clients and gateways have no engine REST: 403 on listing tasks, completing one, reading instances")
  void clientsAndGatewaysHaveNoEngineRest() {
    clockAt(MONDAY_10_00);
    String id = api.create("leiloes-basic", "/api/tickets", ticketJson("Quero concluir sozinho"));
    Task task = openTask(id, "Task_FirstResponse");

    for (String user : List.of("leiloes-basic", "leiloes-gateway")) {
      Response list = api.get(user, "/engine-rest/task");
      Response complete =
          api.post(user, "/engine-rest/task/" + task.getId() + "/complete", response("Feito"));
      Response instances = api.get(user, "/engine-rest/process-instance");
      for (Response response : List.of(list, complete, instances)) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.contentType())
            .as(response.toString())
            .startsWith("application/problem+json");
      }
    }
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count())
        .as("still open")
        .isEqualTo(1);
  }

  @Test
  @DisplayName(
      "C-5 engine REST: an oobj analyst cannot list, read, claim or complete a leiloes task, nor read or delete its process instance")
  void oobjAnalystCannotReachLeiloesWork() {
    clockAt(MONDAY_10_00);
    String id = api.create("leiloes-basic", "/api/tickets", ticketJson("Isolamento do motor"));
    Task task = openTask(id, "Task_FirstResponse");
    String instance = task.getProcessInstanceId();

    assertThat(api.get("oobj-analyst", "/engine-rest/task?processInstanceBusinessKey=" + id).json())
        .isEmpty();
    assertThat(HttpApi.ids(api.get("oobj-analyst", "/engine-rest/task?maxResults=1000").json()))
        .doesNotContain(task.getId());
    assertThat(api.get("oobj-analyst", "/engine-rest/task/" + task.getId()).status())
        .isEqualTo(404);
    assertThat(api.get("oobj-analyst", "/engine-rest/task/" + task.getId() + "/variables").status())
        .isGreaterThanOrEqualTo(400);
    // The engine's tenant check refuses; engine REST answers as for an unknown id.
    assertNotFound(
        api.post(
            "oobj-analyst",
            "/engine-rest/task/" + task.getId() + "/claim",
            "{\"userId\": \"oobj-analyst\"}"));
    assertNotFound(
        api.post(
            "oobj-analyst",
            "/engine-rest/task/" + task.getId() + "/complete",
            response("Resposta de outro tenant")));

    assertThat(api.get("oobj-analyst", "/engine-rest/process-instance?businessKey=" + id).json())
        .isEmpty();
    assertThat(api.get("oobj-analyst", "/engine-rest/process-instance/" + instance).status())
        .isEqualTo(404);
    assertRefused(api.delete("oobj-analyst", "/engine-rest/process-instance/" + instance));

    Task after = taskService.createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(after).as("still open").isNotNull();
    assertThat(after.getAssignee()).as("nobody claimed it").isNull();
    assertThat(api.timelineKinds("leiloes-basic", "/api/tickets/" + id))
        .doesNotContain("FIRST_RESPONSE");
  }

  @Test
  @DisplayName(
      "C-5 engine REST: the leiloes analyst lists, claims and completes the same task; the ticket records the first response")
  void leiloesAnalystWorksTheTask() {
    clockAt(MONDAY_10_00);
    String id = api.create("leiloes-basic", "/api/tickets", ticketJson("Trabalho do analista"));

    JsonNode tasks =
        api.get("leiloes-analyst", "/engine-rest/task?processInstanceBusinessKey=" + id).json();
    assertThat(tasks).hasSize(1);
    String taskId = tasks.get(0).path("id").asText();
    assertThat(tasks.get(0).path("tenantId").asText()).isEqualTo("leiloes");
    assertThat(
            api.get("leiloes-analyst", "/engine-rest/task/" + taskId + "/form-variables").status())
        .isEqualTo(200);
    Response claim =
        api.post(
            "leiloes-analyst",
            "/engine-rest/task/" + taskId + "/claim",
            "{\"userId\": \"leiloes-analyst\"}");
    assertThat(claim.status()).as(claim.toString()).isEqualTo(204);
    Response complete =
        api.post(
            "leiloes-analyst",
            "/engine-rest/task/" + taskId + "/complete",
            response("Estamos verificando"));
    assertThat(complete.status()).as(complete.toString()).isEqualTo(204);

    assertThat(api.timelineKinds("leiloes-basic", "/api/tickets/" + id)).contains("FIRST_RESPONSE");
  }

  @Test
  @DisplayName(
      "C-5 Tasklist filters: analysts read Meu time only; supervisors also Escalonados; account managers Aguardando orçamento")
  void filtersPerGroup() {
    assertThat(filterNames("leiloes-analyst"))
        .contains("Meu time")
        .doesNotContain("Escalonados", "Aguardando orçamento");
    assertThat(filterNames("oobj-supervisor"))
        .contains("Meu time", "Escalonados", "Aguardando orçamento");
    assertThat(filterNames("leiloes-manager"))
        .contains("Meu time", "Aguardando orçamento")
        .doesNotContain("Escalonados");
  }

  @Test
  @DisplayName(
      "C-5 Tasklist filter Meu time, run by an analyst, lists only tasks of the analyst's tenant")
  void myTeamFilterStaysInTenant() {
    clockAt(MONDAY_10_00);
    String leiloes = api.create("leiloes-basic", "/api/tickets", ticketJson("Filtro leiloes"));
    String oobj = api.create("oobj-saas", "/api/tickets", oobjTicketJson("Filtro oobj"));
    String leiloesTask = openTask(leiloes, "Task_FirstResponse").getId();
    String oobjTask = openTask(oobj, "Task_FirstResponse").getId();

    List<String> seenByLeiloes = HttpApi.ids(filterList("leiloes-analyst"));
    List<String> seenByOobj = HttpApi.ids(filterList("oobj-analyst"));

    assertThat(seenByLeiloes).contains(leiloesTask).doesNotContain(oobjTask);
    assertThat(seenByOobj).contains(oobjTask).doesNotContain(leiloesTask);
  }

  // ---------------------------------------------------------------------------------------------------------------

  private JsonNode filterList(String user) {
    String filterId = null;
    for (JsonNode filter : api.get(user, "/engine-rest/filter").json()) {
      if (filter.path("name").asText().equals("Meu time")) {
        filterId = filter.path("id").asText();
      }
    }
    assertThat(filterId).as("Meu time visible to " + user).isNotNull();
    return api.get(user, "/engine-rest/filter/" + filterId + "/list?maxResults=1000")
        .assertStatus(200)
        .json();
  }

  private List<String> filterNames(String user) {
    List<String> names = new ArrayList<>();
    api.get(user, "/engine-rest/filter")
        .assertStatus(200)
        .json()
        .forEach(f -> names.add(f.path("name").asText()));
    return names;
  }

  private static void assertNotFound(Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(404);
    assertThat(response.body()).as(response.toString()).doesNotContain("Exception:", "at org.");
  }

  private static void assertRefused(Response response) {
    assertThat(response.status()).as(response.toString()).isBetween(400, 499);
  }

  private static ObjectNode response(String text) {
    return taskVariables(Map.of("response", text));
  }
}
