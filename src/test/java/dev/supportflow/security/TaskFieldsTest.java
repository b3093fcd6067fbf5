package dev.supportflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.supportflow.HttpCalls;
import dev.supportflow.HttpCalls.Response;
import dev.supportflow.SupportFlowIntegrationTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Completing a task sets only that task's own fields (its form's keys), over real HTTP: engine REST as an analyst,
 * and the webapps' engine API that Tasklist submits to. Anything else is a 400 naming the variables, and neither
 * the task, the process nor the ticket changes.
 */
class TaskFieldsTest extends SupportFlowIntegrationTest {

  private static final String MONDAY_10_00 = "2026-11-23T10:00";

  @LocalServerPort
  int port;

  @Autowired
  TaskService taskService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  DataSource dataSource;

  private HttpCalls http;

  @BeforeEach
  void http() {
    http = new HttpCalls(port);
  }

  @Test
  @DisplayName("Task fields: completing first response with clientId and emergency is a 400 naming both; task, process and ticket unchanged")
  void extraVariablesRefused() {
    clockAt(MONDAY_10_00);
    String id = open("Quero mudar o cliente");
    Task task = claimedFirstResponse(id);
    Map<String, Object> variables = runtimeService.getVariables(task.getProcessInstanceId());
    String ticket = http.get("leiloes-basic", "/api/tickets/" + id).body();

    for (String action : List.of("complete", "submit-form")) {
      Response refused = http.post("leiloes-analyst", "/engine-rest/task/" + task.getId() + "/" + action,
          variables(Map.of("response", "Estamos verificando", "clientId", "oobj-saas", "emergency", true)));

      assertProblem(refused, 400);
      assertThat(refused.json().path("detail").asText()).contains("clientId", "emergency", "response");
      assertThat(fields(refused)).containsExactlyInAnyOrder("clientId", "emergency");
      assertThat(refused.json().path("errors").get(0).path("message").asText())
          .isEqualTo("not a field of this task's form");
    }

    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("still open").isEqualTo(1);
    assertThat(runtimeService.getVariables(task.getProcessInstanceId())).isEqualTo(variables);
    assertThat(http.get("leiloes-basic", "/api/tickets/" + id).body()).isEqualTo(ticket);
    // Another tenant's analyst still learns nothing: the task is not found, whatever the body.
    assertThat(http.post("oobj-analyst", "/engine-rest/task/" + task.getId() + "/complete",
        variables(Map.of("clientId", "oobj-saas"))).status()).isEqualTo(404);
  }

  @Test
  @DisplayName("Task fields: the form's own field completes first response (204) and the ticket records it")
  void ownFieldAccepted() {
    clockAt(MONDAY_10_00);
    String id = open("Resposta normal");
    Task task = claimedFirstResponse(id);

    Response complete = http.post("leiloes-analyst", "/engine-rest/task/" + task.getId() + "/complete",
        variables(Map.of("response", "Estamos verificando")));

    assertThat(complete.status()).as(complete.toString()).isEqualTo(204);
    assertThat(timelineKinds(id)).contains("FIRST_RESPONSE");
  }

  @Test
  @DisplayName("Task fields: read-only fields sent back unchanged, as Tasklist does, are accepted and not written; a changed one is refused")
  void readOnlyFieldsAsTasklistSendsThem() throws IOException {
    // The agenda approval still shows the meeting's facts as read-only fields (ticket forms show a summary text).
    String meeting = http.post("leiloes-premium", "/api/meetings", HttpCalls.JSON.createObjectNode()
        .put("agenda", "Pauta com campos somente leitura")
        .put("proposedStart", java.time.Instant.now().plus(java.time.Duration.ofDays(5)).toString())
        .put("durationMinutes", 60)).json().path("id").asText();
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(meeting)
        .taskDefinitionKey("Task_ApproveAgenda").singleResult();
    assertThat(task).as("agenda approval of " + meeting).isNotNull();
    String instance = task.getProcessInstanceId();
    JsonNode shown = http.get("leiloes-supervisor", "/engine-rest/task/" + task.getId() + "/form-variables").json();
    JsonNode form = HttpCalls.JSON.readTree(Files.readString(Path.of("bpmn/forms/approve-agenda.form")));

    // Tasklist's body: every keyed field of the form, read-only ones with the value shown (or empty), no types.
    ObjectNode body = HttpCalls.JSON.createObjectNode();
    ObjectNode submitted = body.putObject("variables");
    List<String> readOnly = new ArrayList<>();
    for (JsonNode field : form.path("components")) {
      String key = field.path("key").asText("");
      if (key.isEmpty()) {
        continue;
      }
      if (field.path("readonly").asBoolean(false)) {
        readOnly.add(key);
        JsonNode value = shown.path(key).path("value");
        if (value.isMissingNode() || value.isNull()) {
          if (field.path("type").asText().equals("number")) {
            submitted.putObject(key).putNull("value");
          } else {
            submitted.putObject(key).put("value", "");
          }
        } else {
          submitted.putObject(key).set("value", value);
        }
      } else if (field.path("type").asText().equals("checkbox")) {
        submitted.putObject(key).put("value", true);
      } else {
        submitted.putObject(key).put("value", "Pauta aprovada.");
      }
    }
    assertThat(readOnly).contains("clientId", "agenda");

    ObjectNode changed = body.deepCopy();
    ((ObjectNode) changed.path("variables").path("agenda")).put("value", "Outra pauta");
    Response refused = http.post("leiloes-supervisor", "/engine-rest/task/" + task.getId() + "/submit-form", changed);
    assertProblem(refused, 400);
    assertThat(fields(refused)).containsExactly("agenda");
    assertThat(refused.json().path("errors").get(0).path("message").asText()).startsWith("read-only");

    Map<String, Integer> revisions = historyRevisions(instance);
    Response accepted = http.post("leiloes-supervisor", "/engine-rest/task/" + task.getId() + "/submit-form", body);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
    // The approved meeting's process may have ended: its variables' revisions are read from history.
    Map<String, Integer> after = historyRevisions(instance);
    for (String key : readOnly) {
      if (revisions.containsKey(key)) {
        assertThat(after.get(key)).as("read-only %s not written", key).isEqualTo(revisions.get(key));
      }
    }
    assertThat(http.get("leiloes-premium", "/api/meetings/" + meeting).json().path("agenda").asText())
        .isEqualTo("Pauta com campos somente leitura");
  }

  @Test
  @DisplayName("Task fields: the task's variables endpoints take only its form's fields too")
  void taskVariableEndpoints() {
    clockAt(MONDAY_10_00);
    String id = open("Variáveis da tarefa");
    Task task = claimedFirstResponse(id);
    String base = "/engine-rest/task/" + task.getId();
    Map<String, Object> variables = runtimeService.getVariables(task.getProcessInstanceId());

    assertProblem(http.send("leiloes-analyst", "PUT", base + "/variables/clientId",
        "{\"value\": \"oobj-saas\", \"type\": \"String\"}"), 400);
    assertProblem(http.post("leiloes-analyst", base + "/localVariables",
        "{\"modifications\": {\"emergency\": {\"value\": true, \"type\": \"Boolean\"}}}"), 400);
    assertProblem(http.post("leiloes-analyst", base + "/variables", "{\"deletions\": [\"plan\"]}"), 400);
    assertProblem(http.delete("leiloes-analyst", base + "/variables/clientId"), 400);
    assertProblem(http.post("leiloes-analyst", base + "/bpmnError",
        "{\"errorCode\": \"x\", \"variables\": {\"emergency\": {\"value\": true}}}"), 400);
    assertThat(runtimeService.getVariables(task.getProcessInstanceId())).isEqualTo(variables);

    Response own = http.send("leiloes-analyst", "PUT", base + "/localVariables/response",
        "{\"value\": \"Rascunho\", \"type\": \"String\"}");
    assertThat(own.status()).as(own.toString()).isEqualTo(204);
  }

  @Test
  @DisplayName("Task fields: Tasklist's path (webapps' engine API, logged-in session) refuses extra variables and takes the form's own")
  void tasklistPath() throws Exception {
    clockAt(MONDAY_10_00);
    String id = open("Pelo Tasklist");
    Task task = claimedFirstResponse(id);
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://localhost:" + port + "/camunda";
    browser.send(HttpRequest.newBuilder(URI.create(base + "/app/tasklist/default/")).build(),
        BodyHandlers.discarding());
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
            URI.create(base + "/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token(cookies))
        .POST(BodyPublishers.ofString("username=leiloes-analyst&password=demo")).build(), BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    // Tasklist reads the task (and gets the new session's CSRF token) before it submits.
    HttpResponse<String> read = browser.send(HttpRequest.newBuilder(
        URI.create(base + "/api/engine/engine/default/task/" + task.getId())).build(), BodyHandlers.ofString());
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    URI submitForm = URI.create(base + "/api/engine/engine/default/task/" + task.getId() + "/submit-form");

    HttpResponse<String> refused = browser.send(HttpRequest.newBuilder(submitForm)
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token(cookies))
        .POST(BodyPublishers.ofString(variables(Map.of("response", "Oi", "emergency", true)).toString())).build(),
        BodyHandlers.ofString());
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(refused.body()).contains("emergency");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("still open").isEqualTo(1);

    HttpResponse<String> accepted = browser.send(HttpRequest.newBuilder(submitForm)
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token(cookies))
        .POST(BodyPublishers.ofString(variables(Map.of("response", "Oi")).toString())).build(),
        BodyHandlers.ofString());
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
    assertThat(timelineKinds(id)).contains("FIRST_RESPONSE");
  }

  // ---------------------------------------------------------------------------------------------------------------

  private static String token(CookieManager cookies) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
  }

  private Map<String, Integer> historyRevisions(String processInstanceId) {
    Map<String, Integer> revisions = new HashMap<>();
    new JdbcTemplate(dataSource).query("SELECT NAME_, REV_ FROM ACT_HI_VARINST WHERE PROC_INST_ID_ = ?",
        row -> {
          revisions.put(row.getString(1), row.getInt(2));
        }, processInstanceId);
    return revisions;
  }

  private static ObjectNode variables(Map<String, Object> values) {
    ObjectNode body = HttpCalls.JSON.createObjectNode();
    ObjectNode variables = body.putObject("variables");
    values.forEach((name, value) -> {
      ObjectNode variable = variables.putObject(name);
      if (value instanceof Boolean flag) {
        variable.put("value", flag).put("type", "Boolean");
      } else {
        variable.put("value", value.toString()).put("type", "String");
      }
    });
    return body;
  }

  private static List<String> fields(Response problem) {
    List<String> fields = new ArrayList<>();
    problem.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
    return fields;
  }

  private static void assertProblem(Response response, int status) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
    assertThat(response.json().path("title").asText()).isNotBlank();
  }

  private Task claimedFirstResponse(String ticketId) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(ticketId)
        .taskDefinitionKey("Task_FirstResponse").singleResult();
    assertThat(task).as("first response task of " + ticketId).isNotNull();
    Response claim = http.post("leiloes-analyst", "/engine-rest/task/" + task.getId() + "/claim",
        "{\"userId\": \"leiloes-analyst\"}");
    assertThat(claim.status()).as(claim.toString()).isEqualTo(204);
    return task;
  }

  private List<String> timelineKinds(String ticketId) {
    List<String> kinds = new ArrayList<>();
    http.get("leiloes-basic", "/api/tickets/" + ticketId).json().path("timeline")
        .forEach(e -> kinds.add(e.path("kind").asText()));
    return kinds;
  }

  private String open(String subject) {
    Response response = http.post("leiloes-basic", "/api/tickets", IsolationTest.ticket(subject));
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json().path("id").asText();
  }
}
