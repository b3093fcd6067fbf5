package dev.supportflow.ticket;

import static dev.supportflow.Requests.oobjTicketJson;
import static dev.supportflow.Requests.taskVariables;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.supportflow.HttpApi;
import dev.supportflow.SupportFlowIntegrationTest;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The ticket's conversation over HTTP and the real process (API.md, "Conversation"): the first
 * public reply is the first response, a question to the client pauses the SLA clock and the answer
 * resumes it with the due time moved by the business time waited, an unanswered question is
 * reminded and closed, a resolved ticket reopens within its window and closes after it. Oobj's
 * catalog service NFE_EMISSION: first response in 1 business hour, resolution in 8 (Mon–Fri
 * 07:00–19:00, Brazilian holidays closed).
 */
class ConversationTest extends SupportFlowIntegrationTest {

  private static final String CLIENT = "oobj-saas";
  private static final String ANALYST = "oobj-analyst";

  @Test
  @DisplayName(
      "Conversation: the first PUBLIC reply through the API is the first response: firstRespondedAt, the task completed, the SLA met")
  void firstResponseByPublicReply() {
    clockAt("2026-11-24T10:00");
    String id = openTicket();

    clockAt("2026-11-24T10:20");
    JsonNode message = reply(ANALYST, id, "Estamos verificando.", "PUBLIC", false);

    assertThat(message.path("authorId").asText()).isEqualTo(ANALYST);
    assertThat(message.path("authorRole").asText()).isEqualTo("STAFF");
    assertThat(message.path("visibility").asText()).isEqualTo("PUBLIC");
    assertThat(message.path("at").asText()).isEqualTo("2026-11-24T13:20:00Z");
    JsonNode ticket = view(CLIENT, id);
    assertThat(ticket.path("firstRespondedAt").asText()).isEqualTo("2026-11-24T13:20:00Z");
    assertThat(ticket.path("sla").path("firstResponse").asText()).isEqualTo("MET");
    assertThat(ticket.path("sla").path("firstResponseBusinessMinutes").asLong()).isEqualTo(20);
    assertThat(ticket.path("sla").path("resolution").asText()).isEqualTo("RUNNING");
    assertThat(openTasks(id)).containsExactly("Task_Resolve");
    assertThat(ticket.path("messages").findValuesAsText("text"))
        .containsExactly("Estamos verificando.");
    assertThat(api.timelineKinds(CLIENT, "/api/tickets/" + id))
        .contains("TASK_COMPLETED", "FIRST_RESPONSE");

    clockAt("2026-11-24T10:30");
    reply(ANALYST, id, "Pode enviar o XML?", "PUBLIC", false);
    assertThat(view(CLIENT, id).path("firstRespondedAt").asText())
        .as("a later reply is no new first response")
        .isEqualTo("2026-11-24T13:20:00Z");
  }

  @Test
  @DisplayName(
      "Conversation: the Tasklist first-response form's answer is recorded as the analyst's public reply and stops the SLA")
  void firstResponseByTasklistForm() {
    clockAt("2026-11-24T10:00");
    String id = openTicket();
    String task = openTask(id, "Task_FirstResponse").getId();

    clockAt("2026-11-24T11:30");
    api.post(
            ANALYST,
            "/engine-rest/task/" + task + "/complete",
            taskVariables(Map.of("response", "Recebido pelo Tasklist.")))
        .assertStatus(204);

    JsonNode ticket = view(CLIENT, id);
    assertThat(ticket.path("messages")).hasSize(1);
    JsonNode message = ticket.path("messages").get(0);
    assertThat(message.path("text").asText()).isEqualTo("Recebido pelo Tasklist.");
    assertThat(message.path("authorId").asText()).isEqualTo(ANALYST);
    assertThat(message.path("authorRole").asText()).isEqualTo("STAFF");
    assertThat(message.path("visibility").asText()).isEqualTo("PUBLIC");
    assertThat(ticket.path("firstRespondedAt").asText()).isEqualTo("2026-11-24T14:30:00Z");
    assertThat(ticket.path("sla").path("firstResponse").asText())
        .as("answered 30 minutes after its due time")
        .isEqualTo("BREACHED");
    assertThat(ticket.path("sla").path("firstResponseBusinessMinutes").asLong()).isEqualTo(90);
  }

  @Test
  @DisplayName(
      "Conversation: an INTERNAL note is no first response; clients never see it, staff of another tenant get 404")
  void internalNotesStayInternal() {
    clockAt("2026-11-24T10:00");
    String id = openTicket();

    clockAt("2026-11-24T10:10");
    JsonNode note = reply(ANALYST, id, "Cliente já teve isso antes.", "INTERNAL", false);
    assertThat(note.path("visibility").asText()).isEqualTo("INTERNAL");
    api.post(CLIENT, "/api/tickets/" + id + "/messages", text("Alguma novidade?"))
        .assertStatus(201);

    assertThat(view(CLIENT, id).path("firstRespondedAt").isNull()).isTrue();
    assertThat(openTasks(id)).containsExactly("Task_FirstResponse");
    assertThat(view(CLIENT, id).path("messages").findValuesAsText("text"))
        .containsExactly("Alguma novidade?");
    assertThat(view("oobj-gateway", id).path("messages").findValuesAsText("visibility"))
        .containsOnly("PUBLIC");
    assertThat(view("oobj-supervisor", id).path("messages").findValuesAsText("text"))
        .containsExactly("Cliente já teve isso antes.", "Alguma novidade?");
    assertThat(view("oobj-supervisor", id).path("messages").get(1).path("authorRole").asText())
        .isEqualTo("CLIENT");

    api.get("leiloes-analyst", "/api/tickets/" + id).assertProblem(404);
    api.post("leiloes-analyst", "/api/tickets/" + id + "/replies", reply("Oi", "PUBLIC", false))
        .assertProblem(404);
    api.post(CLIENT, "/api/tickets/" + id + "/replies", reply("Oi", "PUBLIC", false))
        .assertProblem(403);
    api.post("oobj-gateway", "/api/tickets/" + id + "/replies", reply("Oi", "PUBLIC", false))
        .assertProblem(403);
    api.post("oobj-inhouse-pg", "/api/tickets/" + id + "/messages", text("Oi")).assertProblem(404);
    api.post(ANALYST, "/api/tickets/" + id + "/messages", text("Oi")).assertProblem(403);
    api.post(CLIENT, "/api/tickets/" + id + "/messages", text("  ")).assertFieldError("text");
    api.post(CLIENT, "/api/tickets/" + id + "/messages", text("x".repeat(20001)))
        .assertFieldError("text");
    api.post(ANALYST, "/api/tickets/" + id + "/replies", reply("Oi", "INTERNAL", true))
        .assertFieldError("waitForClient");
  }

  @Test
  @DisplayName(
      "Tasklist: the resolve task offered again after the client's answer shows the conversation so far and is due at the moved resolution time")
  void taskAfterTheAnswerShowsTheConversation() {
    clockAt("2026-11-24T10:00");
    String id = openTicket();
    clockAt("2026-11-24T10:20");
    reply(ANALYST, id, "Já vimos casos assim.", "INTERNAL", false);
    reply(ANALYST, id, "Qual a versão do emissor?", "PUBLIC", true);
    clockAt("2026-11-24T11:20");
    api.post(CLIENT, "/api/tickets/" + id + "/messages", text("Versão 4.2.")).assertStatus(201);

    var task =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(id)
            .taskDefinitionKey("Task_Resolve")
            .singleResult();
    String summary = (String) taskService.getVariable(task.getId(), TicketDisplay.SUMMARY);
    assertThat(summary)
        .contains("**Conversa:**")
        .containsSubsequence(
            "24/11 10:20 · **Nota interna** (oobj-analyst): Já vimos casos assim.",
            "24/11 10:20 · **Equipe** (oobj-analyst): Qual a versão do emissor?",
            "24/11 11:20 · **Cliente** (oobj-saas): Versão 4.2.");
    assertThat(task.getDueDate().toInstant())
        .isEqualTo(java.time.Instant.parse(view(CLIENT, id).path("resolutionDueAt").asText()));
  }

  @Test
  @DisplayName(
      "Tasklist: a task still open while the ticket waits for the client (an escalation) shows the paused clock in its form and list line")
  void openTaskShowsThePause() {
    clockAt("2026-11-24T10:00");
    String id = openTicket();
    clockAt("2026-11-24T11:30");
    runDueJobs(id);
    assertThat(openTasks(id)).contains("Task_EscalateFirstResponse");

    clockAt("2026-11-24T11:40");
    reply(ANALYST, id, "Qual a versão do emissor?", "PUBLIC", true);

    var escalation =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(id)
            .taskDefinitionKey("Task_EscalateFirstResponse")
            .singleResult();
    assertThat((String) taskService.getVariable(escalation.getId(), TicketDisplay.SUMMARY))
        .contains(
            "**Situação:** Aguardando resposta do cliente",
            "**SLA pausado desde:** 24/11/2026 11:40");
    assertThat((String) taskService.getVariable(escalation.getId(), TicketDisplay.HEADLINE))
        .contains("aguardando cliente");

    clockAt("2026-11-24T12:00");
    api.post(CLIENT, "/api/tickets/" + id + "/messages", text("Versão 4.2.")).assertStatus(201);
    assertThat((String) taskService.getVariable(escalation.getId(), TicketDisplay.SUMMARY))
        .doesNotContain("SLA pausado");
  }

  @Test
  @DisplayName(
      "Conversation: waiting for the client pauses the clock (no escalation fires); the answer moves the resolution due time by the business time waited, across a night, a weekend and a holiday (Fri 20 Nov 2026)")
  void pauseAndResumeMoveTheDueTime() {
    clockAt("2026-11-19T10:00");
    String id = openTicket();
    assertThat(view(CLIENT, id).path("resolutionDueAt").asText())
        .isEqualTo(iso("2026-11-19T18:00"));

    clockAt("2026-11-19T10:30");
    reply(ANALYST, id, "Qual a versão do emissor?", "PUBLIC", true);

    JsonNode waiting = view(CLIENT, id);
    assertThat(waiting.path("status").asText()).isEqualTo("WAITING_FOR_CLIENT");
    assertThat(waiting.path("slaPausedSince").asText()).isEqualTo(iso("2026-11-19T10:30"));
    assertThat(waiting.path("sla").path("resolution").asText()).isEqualTo("PAUSED");
    assertThat(waiting.path("firstRespondedAt").asText()).isEqualTo(iso("2026-11-19T10:30"));
    assertThat(processInstance(id, "ticket-intake")).isNotNull();
    assertThat(openTasks(id)).as("nobody resolves while the client is asked").isEmpty();

    clockAt("2026-11-19T18:30");
    runDueJobs(id);
    assertThat(openTasks(id)).as("no escalation while paused").isEmpty();
    assertThat(api.timelineKinds(CLIENT, "/api/tickets/" + id)).doesNotContain("SLA_BREACHED");

    // Waited: Thu 10:30–19:00 (8h30), Fri 20 Nov closed (Consciência Negra), the weekend, Mon
    // 07:00–09:00 (2h): 10h30 of business time. Thu 18:00 + 10h30 = Thu 18:00–19:00 and Mon
    // 07:00–16:30.
    clockAt("2026-11-23T09:00");
    api.post(CLIENT, "/api/tickets/" + id + "/messages", text("Versão 4.2.")).assertStatus(201);

    JsonNode resumed = view(CLIENT, id);
    assertThat(resumed.path("status").asText()).isEqualTo("OPEN");
    assertThat(resumed.path("slaPausedSince").isNull()).isTrue();
    assertThat(resumed.path("resolutionDueAt").asText()).isEqualTo(iso("2026-11-23T16:30"));
    assertThat(resumed.path("sla").path("pausedBusinessMinutes").asLong()).isEqualTo(630);
    assertThat(resumed.path("sla").path("resolution").asText()).isEqualTo("RUNNING");
    assertThat(openTasks(id)).containsExactly("Task_Resolve");
    assertThat(timers(id)).extracting(Job::getDuedate).containsExactly(date("2026-11-23T16:30"));

    clockAt("2026-11-23T16:00");
    completeTask(id, "Task_Resolve", Map.of("resolution", "Emissor atualizado."));
    JsonNode resolved = view(CLIENT, id);
    assertThat(resolved.path("status").asText()).isEqualTo("RESOLVED");
    assertThat(resolved.path("sla").path("resolution").asText()).isEqualTo("MET");
    // Worked: Thu 10:00–10:30 and Mon 09:00–16:00: 7h30.
    assertThat(resolved.path("sla").path("resolutionBusinessMinutes").asLong()).isEqualTo(450);
  }

  @Test
  @DisplayName(
      "Conversation: an unanswered question is reminded after 2 business days and the ticket CLOSED after 5; a message then is 409")
  void reminderThenAutoClose() {
    clockAt("2026-11-24T10:00");
    String id = openTicket();
    clockAt("2026-11-24T10:30");
    reply(ANALYST, id, "Pode enviar o XML?", "PUBLIC", true);
    assertThat(timers(id))
        .extracting(Job::getDuedate)
        .containsExactlyInAnyOrder(date("2026-11-26T10:30"), date("2026-12-01T10:30"));

    clockAt("2026-11-26T10:31");
    runDueJobs(id);
    assertThat(api.timelineKinds(CLIENT, "/api/tickets/" + id)).contains("REMINDER_SENT");
    assertThat(view(CLIENT, id).path("status").asText()).isEqualTo("WAITING_FOR_CLIENT");

    clockAt("2026-12-01T10:31");
    runDueJobs(id);
    JsonNode closed = view(CLIENT, id);
    assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.path("closedAt").asText()).isEqualTo(iso("2026-12-01T10:31"));
    assertThat(processInstance(id, "ticket-intake")).isNull();
    assertThat(api.timelineKinds(CLIENT, "/api/tickets/" + id)).endsWith("CLOSED");

    api.post(CLIENT, "/api/tickets/" + id + "/messages", text("Segue o XML.")).assertProblem(409);
    api.post(ANALYST, "/api/tickets/" + id + "/replies", reply("Oi", "PUBLIC", false))
        .assertProblem(409);
  }

  @Test
  @DisplayName(
      "Conversation: a client message within the reopen window reopens the ticket with a new resolution due time and timer; the window's end closes it")
  void reopenInsideTheWindowClosedAfterIt() {
    clockAt("2026-11-24T10:00");
    String id = openTicket();
    reply(ANALYST, id, "Recebido.", "PUBLIC", false);
    clockAt("2026-11-24T11:00");
    completeTask(id, "Task_Resolve", Map.of("resolution", "Certificado renovado."));
    assertThat(view(CLIENT, id).path("status").asText()).isEqualTo("RESOLVED");
    assertThat(timers(id)).extracting(Job::getDuedate).containsExactly(date("2026-12-01T11:00"));

    clockAt("2026-11-30T10:00");
    api.post(CLIENT, "/api/tickets/" + id + "/messages", text("Voltou a falhar."))
        .assertStatus(201);
    JsonNode reopened = view(CLIENT, id);
    assertThat(reopened.path("status").asText()).isEqualTo("OPEN");
    assertThat(reopened.path("resolvedAt").isNull()).isTrue();
    assertThat(reopened.path("resolutionDueAt").asText()).isEqualTo(iso("2026-11-30T18:00"));
    assertThat(openTasks(id)).containsExactly("Task_Resolve");
    assertThat(timers(id)).extracting(Job::getDuedate).containsExactly(date("2026-11-30T18:00"));
    assertThat(api.timelineKinds(CLIENT, "/api/tickets/" + id)).contains("REOPENED");

    clockAt("2026-11-30T12:00");
    completeTask(id, "Task_Resolve", Map.of("resolution", "Cadeia de certificados corrigida."));
    assertThat(view(CLIENT, id).path("status").asText()).isEqualTo("RESOLVED");

    clockAt("2026-12-07T12:01");
    runDueJobs(id);
    assertThat(view(CLIENT, id).path("status").asText()).isEqualTo("CLOSED");
    assertThat(processInstance(id, "ticket-intake")).isNull();
    api.post(CLIENT, "/api/tickets/" + id + "/messages", text("De novo?")).assertProblem(409);
  }

  private String openTicket() {
    return api.create(CLIENT, "/api/tickets", oobjTicketJson("NF-e rejeitada"));
  }

  private JsonNode reply(String user, String id, String text, String visibility, boolean wait) {
    return api.post(user, "/api/tickets/" + id + "/replies", reply(text, visibility, wait))
        .assertStatus(201)
        .json();
  }

  private static ObjectNode reply(String text, String visibility, boolean waitForClient) {
    return text(text).put("visibility", visibility).put("waitForClient", waitForClient);
  }

  private static ObjectNode text(String text) {
    return HttpApi.JSON.createObjectNode().put("text", text);
  }

  private JsonNode view(String user, String id) {
    return api.get(user, "/api/tickets/" + id).assertStatus(200).json();
  }

  private List<String> openTasks(String id) {
    return taskService.createTaskQuery().processInstanceBusinessKey(id).list().stream()
        .map(t -> t.getTaskDefinitionKey())
        .toList();
  }

  private List<Job> timers(String id) {
    var instance = processInstance(id, "ticket-intake");
    return managementService.createJobQuery().processInstanceId(instance.getId()).timers().list();
  }

  /** Runs the instance's jobs that are due at the clock's time, as the job executor would. */
  private void runDueJobs(String id) {
    var instance = processInstance(id, "ticket-intake");
    List<Job> due =
        new ArrayList<>(
            managementService
                .createJobQuery()
                .processInstanceId(instance.getId())
                .executable()
                .list());
    due.forEach(job -> managementService.executeJob(job.getId()));
  }

  private static String iso(String saoPauloDateTime) {
    return local(saoPauloDateTime).toString();
  }

  private static Date date(String saoPauloDateTime) {
    return Date.from(local(saoPauloDateTime));
  }
}
