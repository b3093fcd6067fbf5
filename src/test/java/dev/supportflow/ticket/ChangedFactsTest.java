package dev.supportflow.ticket;

import static dev.supportflow.Requests.oobjTicketJson;
import static dev.supportflow.Requests.ticketJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.supportflow.HttpApi;
import dev.supportflow.SupportFlowIntegrationTest;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Changed facts over HTTP and the real process ({@code PATCH /api/tickets/{id}}, API.md
 * "Conversation"): the tenant's tables decide again, the due times are recomputed from the SLA
 * clock's start with paused time left out, and the same timers move. Oobj's catalog (Mon–Fri
 * 07:00–19:00): NFE_EMISSION first response 1 business hour, resolution 8; DANFE_PRINT 4 and 16; an
 * emergency symptom 30 minutes and 4 hours.
 */
class ChangedFactsTest extends SupportFlowIntegrationTest {

  private static final String CLIENT = "oobj-saas";
  private static final String ANALYST = "oobj-analyst";

  @Test
  @DisplayName(
      "Changed facts: another service recomputes both due times from receipt and moves the first-response timer (still one); the trail shows both evaluations, the timeline who changed what")
  void anotherServiceMovesTheDueTimes() {
    clockAt("2026-11-24T10:00");
    String id = openTicket();
    assertThat(timers(id)).extracting(Job::getDuedate).containsExactly(date("2026-11-24T11:00"));

    clockAt("2026-11-24T10:10");
    JsonNode ticket = patch(ANALYST, id, facts().put("service", "DANFE_PRINT")).json();

    assertThat(ticket.path("service").asText()).isEqualTo("DANFE_PRINT");
    assertThat(ticket.path("firstResponseDueAt").asText()).isEqualTo(iso("2026-11-24T14:00"));
    // 16 business hours from Tue 10:00: 9 on Tuesday, 7 from Wednesday 07:00.
    assertThat(ticket.path("resolutionDueAt").asText()).isEqualTo(iso("2026-11-25T14:00"));
    assertThat(timers(id))
        .as("the same timer, moved: never a second one")
        .extracting(Job::getDuedate)
        .containsExactly(date("2026-11-24T14:00"));
    assertThat(openTask(id, "Task_FirstResponse").getDueDate()).isEqualTo(date("2026-11-24T14:00"));

    List<String> decisions =
        api.get(ANALYST, "/api/tickets/" + id + "/decisions")
            .assertStatus(200)
            .json()
            .findValuesAsText("decisionKey");
    assertThat(decisions.stream().filter("sla-targets"::equals)).hasSize(2);
    assertThat(decisions.stream().filter("emergency"::equals)).hasSize(2);
    assertThat(decisions.stream().filter("scope-triage"::equals)).hasSize(2);
    assertThat(decisions.stream().filter("channel-policy"::equals))
        .as("routing is not decided again")
        .hasSize(1);
    JsonNode slaDecisions = api.get(ANALYST, "/api/tickets/" + id + "/decisions").json();
    assertThat(slaDecisions.findValues("matchedRules").toString())
        .contains("Rule_O_3_NFE_EMISSION", "Rule_O_3_DANFE_PRINT");

    JsonNode changed = timelineEntry(ticket, ChangedFacts.TIMELINE_KIND);
    assertThat(changed.path("actor").asText()).isEqualTo(ANALYST);
    assertThat(changed.path("detail").asText()).isEqualTo("service: NFE_EMISSION → DANFE_PRINT");
    assertThat(api.timelineKinds(CLIENT, "/api/tickets/" + id))
        .endsWith(ChangedFacts.TIMELINE_KIND, "SLA_DECIDED", RecalculateDueTimes.TIMELINE_KIND);
  }

  @Test
  @DisplayName(
      "Changed facts: an emergency symptom makes the ticket an emergency: shorter due times and the open task's priority follows (100)")
  void anEmergencySymptomRaisesThePriority() {
    clockAt("2026-11-24T10:00");
    String id = openTicket();
    assertThat(openTask(id, "Task_FirstResponse").getPriority()).isEqualTo(50);

    clockAt("2026-11-24T10:10");
    JsonNode ticket = patch(ANALYST, id, facts().put("symptom", "SERVER_DOWN")).json();

    assertThat(ticket.path("emergency").asBoolean()).isTrue();
    assertThat(ticket.path("firstResponseDueAt").asText()).isEqualTo(iso("2026-11-24T10:30"));
    assertThat(ticket.path("resolutionDueAt").asText()).isEqualTo(iso("2026-11-24T14:00"));
    assertThat(openTask(id, "Task_FirstResponse").getPriority()).isEqualTo(100);
    assertThat(timers(id)).extracting(Job::getDuedate).containsExactly(date("2026-11-24T10:30"));
  }

  @Test
  @DisplayName(
      "Changed facts: the time the clock was paused waiting for the client stays left out of the recomputed resolution due time")
  void pausedTimeStaysLeftOut() {
    clockAt("2026-11-24T10:00");
    String id = openTicket();
    clockAt("2026-11-24T10:30");
    reply(id, "Qual a versão do emissor?", true);
    clockAt("2026-11-24T11:30");
    api.post(CLIENT, "/api/tickets/" + id + "/messages", text("Versão 4.2.")).assertStatus(201);
    assertThat(view(id).path("resolutionDueAt").asText()).isEqualTo(iso("2026-11-24T19:00"));

    clockAt("2026-11-24T12:00");
    JsonNode ticket = patch(ANALYST, id, facts().put("service", "DANFE_PRINT")).json();

    // 16 business hours from receipt (Wed 14:00) and the hour waited for the client.
    assertThat(ticket.path("resolutionDueAt").asText()).isEqualTo(iso("2026-11-25T15:00"));
    assertThat(ticket.path("sla").path("firstResponse").asText()).isEqualTo("MET");
    assertThat(ticket.path("firstResponseDueAt").asText())
        .as("a target already met keeps its due time")
        .isEqualTo(iso("2026-11-24T11:00"));
    assertThat(timers(id)).extracting(Job::getDuedate).containsExactly(date("2026-11-25T15:00"));
    assertThat(openTask(id, "Task_Resolve").getDueDate()).isEqualTo(date("2026-11-25T15:00"));
  }

  @Test
  @DisplayName(
      "Changed facts: a first response already breached stays breached, its escalation stays raised and no timer is created again")
  void anEscalationRaisedStaysRaised() {
    clockAt("2026-11-24T10:00");
    String id = openTicket();
    clockAt("2026-11-24T11:05");
    timers(id).forEach(job -> managementService.executeJob(job.getId()));
    assertThat(openTasks(id)).contains("Task_EscalateFirstResponse");

    clockAt("2026-11-24T11:10");
    JsonNode ticket = patch(ANALYST, id, facts().put("service", "DANFE_PRINT")).json();

    assertThat(ticket.path("sla").path("firstResponse").asText()).isEqualTo("BREACHED");
    assertThat(ticket.path("firstResponseDueAt").asText()).isEqualTo(iso("2026-11-24T11:00"));
    assertThat(ticket.path("resolutionDueAt").asText()).isEqualTo(iso("2026-11-25T14:00"));
    assertThat(openTasks(id))
        .containsExactlyInAnyOrder("Task_FirstResponse", "Task_EscalateFirstResponse");
    assertThat(timers(id)).as("the first-response timer fired once; none again").isEmpty();

    clockAt("2026-11-24T11:20");
    reply(id, "Estamos verificando.", false);
    assertThat(timers(id))
        .as("the resolution task's timer at the recomputed due time")
        .extracting(Job::getDuedate)
        .containsExactly(date("2026-11-25T14:00"));
    assertThat(view(id).path("sla").path("firstResponse").asText()).isEqualTo("BREACHED");
  }

  @Test
  @DisplayName(
      "Changed facts: a leiloes emergency found to be a slow server is no emergency any more; the resolve task's priority drops to 50 (leiloes promises no resolution time)")
  void anEmergencyNoMore() {
    clockAt("2026-11-24T10:00");
    String id =
        api.create(
            "leiloes-basic",
            "/api/tickets",
            ticketJson("Servidor fora do ar")
                .put("channel", "WHATSAPP_OFFICIAL")
                .put("symptom", "SERVER_DOWN"));
    clockAt("2026-11-24T10:02");
    api.post(
            "leiloes-analyst",
            "/api/tickets/" + id + "/replies",
            text("Reiniciamos o serviço.").put("visibility", "PUBLIC"))
        .assertStatus(201);
    assertThat(openTask(id, "Task_ResolveWithoutTarget").getPriority()).isEqualTo(100);

    JsonNode ticket =
        patch("leiloes-analyst", id, facts().put("symptom", "DEGRADED")).assertStatus(200).json();

    assertThat(ticket.path("emergency").asBoolean()).isFalse();
    assertThat(ticket.path("symptom").asText()).isEqualTo("DEGRADED");
    assertThat(openTask(id, "Task_ResolveWithoutTarget").getPriority()).isEqualTo(50);
    assertThat(ticket.path("timeline").findValuesAsText("detail"))
        .contains("symptom: SERVER_DOWN → DEGRADED");
  }

  @Test
  @DisplayName(
      "Changed facts: 403 for clients and gateways, 404 for another tenant's staff, 400 for an empty body or an unknown code, 409 on a resolved ticket")
  void whoMayChangeWhat() {
    clockAt("2026-11-24T10:00");
    String id = openTicket();
    ObjectNode change = facts().put("service", "DANFE_PRINT");

    patch(CLIENT, id, change).assertProblem(403);
    patch("oobj-gateway", id, change).assertProblem(403);
    patch("leiloes-analyst", id, change).assertProblem(404);
    patch(ANALYST, id, facts()).assertFieldError("body");
    patch(ANALYST, id, facts().put("symptom", "NO_SUCH_SYMPTOM")).assertProblem(400);
    patch(ANALYST, id, facts().put("service", "x".repeat(65))).assertFieldError("service");
    assertThat(view(id).path("service").asText()).isEqualTo("NFE_EMISSION");
    assertThat(api.timelineKinds(CLIENT, "/api/tickets/" + id))
        .doesNotContain(ChangedFacts.TIMELINE_KIND);

    reply(id, "Resolvido na versão 4.3.", false);
    taskService.complete(
        openTask(id, "Task_Resolve").getId(), Map.of("resolution", "Atualizado o emissor."));
    assertThat(view(id).path("status").asText()).isEqualTo("RESOLVED");
    patch(ANALYST, id, change).assertProblem(409);
  }

  private String openTicket() {
    return api.create(CLIENT, "/api/tickets", oobjTicketJson("NF-e rejeitada"));
  }

  private HttpApi.Response patch(String user, String id, ObjectNode change) {
    return api.send(user, "PATCH", "/api/tickets/" + id, change);
  }

  private void reply(String id, String text, boolean waitForClient) {
    api.post(
            ANALYST,
            "/api/tickets/" + id + "/replies",
            text(text).put("visibility", "PUBLIC").put("waitForClient", waitForClient))
        .assertStatus(201);
  }

  private static ObjectNode facts() {
    return HttpApi.JSON.createObjectNode();
  }

  private static ObjectNode text(String text) {
    return HttpApi.JSON.createObjectNode().put("text", text);
  }

  private JsonNode view(String id) {
    return api.get(ANALYST, "/api/tickets/" + id).assertStatus(200).json();
  }

  private JsonNode timelineEntry(JsonNode ticket, String kind) {
    JsonNode timeline = view(ticket.path("id").asText()).path("timeline");
    for (JsonNode entry : timeline) {
      if (kind.equals(entry.path("kind").asText())) {
        return entry;
      }
    }
    throw new AssertionError("no " + kind + " in " + timeline);
  }

  private List<String> openTasks(String id) {
    return taskService.createTaskQuery().processInstanceBusinessKey(id).list().stream()
        .map(Task::getTaskDefinitionKey)
        .toList();
  }

  private List<Job> timers(String id) {
    var instance = processInstance(id, "ticket-intake");
    return managementService.createJobQuery().processInstanceId(instance.getId()).timers().list();
  }

  private static String iso(String saoPauloDateTime) {
    return local(saoPauloDateTime).toString();
  }

  private static Date date(String saoPauloDateTime) {
    return Date.from(local(saoPauloDateTime));
  }
}
