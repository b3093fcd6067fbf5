package dev.supportflow.security;

import static dev.supportflow.Requests.taskVariables;
import static dev.supportflow.Requests.ticketJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.supportflow.HttpApi;
import dev.supportflow.HttpApi.Response;
import dev.supportflow.SupportFlowIntegrationTest;
import dev.supportflow.WebappSession;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Completing a task sets only that task's own fields (its form's keys), over real HTTP: engine REST
 * as an analyst, and the webapps' engine API that Tasklist submits to. Anything else is a 400
 * naming the variables, and neither the task, the process nor the ticket changes.
 */
class TaskFieldsTest extends SupportFlowIntegrationTest {

  private static final String MONDAY_10_00 = "2026-11-23T10:00";

  @Autowired DataSource dataSource;

  @Test
  @DisplayName(
      "Task fields: completing first response with clientId and emergency is a 400 naming both; task, process and ticket unchanged")
  void extraVariablesRefused() {
    clockAt(MONDAY_10_00);
    String id = open("Quero mudar o cliente");
    Task task = claimedFirstResponse(id);
    Map<String, Object> variables = runtimeService.getVariables(task.getProcessInstanceId());
    String ticket = api.get("leiloes-basic", "/api/tickets/" + id).body();

    for (String action : List.of("complete", "submit-form")) {
      Response refused =
          api.post(
              "leiloes-analyst",
              "/engine-rest/task/" + task.getId() + "/" + action,
              taskVariables(
                  Map.of(
                      "response",
                      "Estamos verificando",
                      "clientId",
                      "oobj-saas",
                      "emergency",
                      true)));

      refused.assertProblem(400);
      assertThat(refused.json().path("detail").asText())
          .contains("clientId", "emergency", "response");
      assertThat(refused.fields()).containsExactlyInAnyOrder("clientId", "emergency");
      assertThat(refused.json().path("errors").get(0).path("message").asText())
          .isEqualTo("not a field of this task's form");
    }

    assertThat(taskService.createTaskQuery().taskId(task.getId()).count())
        .as("still open")
        .isEqualTo(1);
    assertThat(runtimeService.getVariables(task.getProcessInstanceId())).isEqualTo(variables);
    assertThat(api.get("leiloes-basic", "/api/tickets/" + id).body()).isEqualTo(ticket);
    // Another tenant's analyst still learns nothing: the task is not found, whatever the body.
    assertThat(
            api.post(
                    "oobj-analyst",
                    "/engine-rest/task/" + task.getId() + "/complete",
                    taskVariables(Map.of("clientId", "oobj-saas")))
                .status())
        .isEqualTo(404);
  }

  @Test
  @DisplayName(
      "Task fields: the form's own field completes first response (204) and the ticket records it")
  void ownFieldAccepted() {
    clockAt(MONDAY_10_00);
    String id = open("Resposta normal");
    Task task = claimedFirstResponse(id);

    Response complete =
        api.post(
            "leiloes-analyst",
            "/engine-rest/task/" + task.getId() + "/complete",
            taskVariables(Map.of("response", "Estamos verificando")));

    assertThat(complete.status()).as(complete.toString()).isEqualTo(204);
    assertThat(timelineKinds(id)).contains("FIRST_RESPONSE");
  }

  @Test
  @DisplayName(
      "Task fields: read-only fields sent back unchanged, as Tasklist does, are accepted and not written; a changed one is refused")
  void readOnlyFieldsAsTasklistSendsThem() throws IOException {
    // The agenda approval still shows the meeting's facts as read-only fields (ticket forms show a
    // summary text).
    String meeting =
        api.create(
            "leiloes-premium",
            "/api/meetings",
            HttpApi.JSON
                .createObjectNode()
                .put("agenda", "Pauta com campos somente leitura")
                .put(
                    "proposedStart",
                    java.time.Instant.now().plus(java.time.Duration.ofDays(5)).toString())
                .put("durationMinutes", 60));
    Task task = openTask(meeting, "Task_ApproveAgenda");
    String instance = task.getProcessInstanceId();
    JsonNode shown =
        api.get("leiloes-supervisor", "/engine-rest/task/" + task.getId() + "/form-variables")
            .json();
    JsonNode form =
        HttpApi.JSON.readTree(Files.readString(Path.of("bpmn/forms/approve-agenda.form")));

    // Tasklist's body: every keyed field of the form, read-only ones with the value shown (or
    // empty), no types.
    ObjectNode body = HttpApi.JSON.createObjectNode();
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
    Response refused =
        api.post(
            "leiloes-supervisor", "/engine-rest/task/" + task.getId() + "/submit-form", changed);
    refused.assertProblem(400);
    assertThat(refused.fields()).containsExactly("agenda");
    assertThat(refused.json().path("errors").get(0).path("message").asText())
        .startsWith("read-only");

    Map<String, Integer> revisions = historyRevisions(instance);
    Response accepted =
        api.post("leiloes-supervisor", "/engine-rest/task/" + task.getId() + "/submit-form", body);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
    // The approved meeting's process may have ended: its variables' revisions are read from
    // history.
    Map<String, Integer> after = historyRevisions(instance);
    for (String key : readOnly) {
      if (revisions.containsKey(key)) {
        assertThat(after.get(key))
            .as("read-only %s not written", key)
            .isEqualTo(revisions.get(key));
      }
    }
    assertThat(
            api.get("leiloes-premium", "/api/meetings/" + meeting).json().path("agenda").asText())
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

    api.send(
            "leiloes-analyst",
            "PUT",
            base + "/variables/clientId",
            "{\"value\": \"oobj-saas\", \"type\": \"String\"}")
        .assertProblem(400);
    api.post(
            "leiloes-analyst",
            base + "/localVariables",
            "{\"modifications\": {\"emergency\": {\"value\": true, \"type\": \"Boolean\"}}}")
        .assertProblem(400);
    api.post("leiloes-analyst", base + "/variables", "{\"deletions\": [\"plan\"]}")
        .assertProblem(400);
    api.delete("leiloes-analyst", base + "/variables/clientId").assertProblem(400);
    api.post(
            "leiloes-analyst",
            base + "/bpmnError",
            "{\"errorCode\": \"x\", \"variables\": {\"emergency\": {\"value\": true}}}")
        .assertProblem(400);
    assertThat(runtimeService.getVariables(task.getProcessInstanceId())).isEqualTo(variables);

    Response own =
        api.send(
            "leiloes-analyst",
            "PUT",
            base + "/localVariables/response",
            "{\"value\": \"Rascunho\", \"type\": \"String\"}");
    assertThat(own.status()).as(own.toString()).isEqualTo(204);
  }

  @Test
  @DisplayName(
      "Task fields: Tasklist's path (webapps' engine API, logged-in session) refuses extra variables and takes the form's own")
  void tasklistPath() {
    clockAt(MONDAY_10_00);
    String id = open("Pelo Tasklist");
    Task task = claimedFirstResponse(id);
    WebappSession tasklist = WebappSession.login(port, "leiloes-analyst");
    // Tasklist reads the task (and gets the new session's CSRF token) before it submits.
    HttpResponse<String> read = tasklist.get("/api/engine/engine/default/task/" + task.getId());
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    String submitForm = "/api/engine/engine/default/task/" + task.getId() + "/submit-form";

    HttpResponse<String> refused =
        tasklist.postJson(
            submitForm,
            taskVariables(Map.of("response", "Oi", "emergency", true)).toString(),
            true);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(refused.body()).contains("emergency");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count())
        .as("still open")
        .isEqualTo(1);

    HttpResponse<String> accepted =
        tasklist.postJson(submitForm, taskVariables(Map.of("response", "Oi")).toString(), true);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
    assertThat(timelineKinds(id)).contains("FIRST_RESPONSE");
  }

  // ---------------------------------------------------------------------------------------------------------------

  private Map<String, Integer> historyRevisions(String processInstanceId) {
    Map<String, Integer> revisions = new HashMap<>();
    new JdbcTemplate(dataSource)
        .query(
            "SELECT NAME_, REV_ FROM ACT_HI_VARINST WHERE PROC_INST_ID_ = ?",
            row -> {
              revisions.put(row.getString(1), row.getInt(2));
            },
            processInstanceId);
    return revisions;
  }

  private Task claimedFirstResponse(String ticketId) {
    Task task = openTask(ticketId, "Task_FirstResponse");
    Response claim =
        api.post(
            "leiloes-analyst",
            "/engine-rest/task/" + task.getId() + "/claim",
            "{\"userId\": \"leiloes-analyst\"}");
    assertThat(claim.status()).as(claim.toString()).isEqualTo(204);
    return task;
  }

  private List<String> timelineKinds(String ticketId) {
    return api.timelineKinds("leiloes-basic", "/api/tickets/" + ticketId);
  }

  private String open(String subject) {
    return api.create("leiloes-basic", "/api/tickets", ticketJson(subject));
  }
}
