package dev.supportflow.ticket;

import static dev.supportflow.Requests.oobjTicketJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.supportflow.HttpApi;
import dev.supportflow.SupportFlowIntegrationTest;
import java.util.Map;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Tickets running on version 4 of {@code ticket-intake} (before the conversation: {@code
 * src/test/resources/legacy/ticket-intake-v4.bpmn}) finish on version 4 with today's beans: a reply
 * through the API is their first response, their resolution ends them RESOLVED; they cannot wait
 * for the client (409) and are not reopened.
 */
class TicketIntakeVersion4Test extends SupportFlowIntegrationTest {

  private Deployment version4;

  @BeforeEach
  void deployVersion4() {
    version4 =
        repositoryService
            .createDeployment()
            .name("ticket-intake version 4")
            .addClasspathResource("legacy/ticket-intake-v4.bpmn")
            .deploy();
    assertThat(
            repositoryService
                .createProcessDefinitionQuery()
                .deploymentId(version4.getId())
                .singleResult()
                .getVersionTag())
        .isEqualTo("4");
  }

  /** Deployed after the current version, version 4 is the latest until removed. */
  @AfterEach
  void removeVersion4() {
    repositoryService.deleteDeployment(version4.getId(), true);
  }

  @Test
  @DisplayName(
      "Conversation: a ticket of version 4 takes replies and messages, cannot wait for the client nor have its facts changed (409), and ends RESOLVED on version 4")
  void version4TicketFinishesOnItsVersion() {
    clockAt("2026-11-24T10:00");
    String id = api.create("oobj-saas", "/api/tickets", oobjTicketJson("NF-e rejeitada"));
    assertThat(
            repositoryService
                .getProcessDefinition(processInstance(id, "ticket-intake").getProcessDefinitionId())
                .getVersionTag())
        .isEqualTo("4");

    clockAt("2026-11-24T10:15");
    post("oobj-analyst", id, "replies", reply("Recebido.", false)).assertStatus(201);
    assertThat(view(id).path("firstRespondedAt").asText()).isEqualTo("2026-11-24T13:15:00Z");
    assertThat(view(id).path("sla").path("firstResponse").asText()).isEqualTo("MET");
    post("oobj-analyst", id, "replies", reply("Pode enviar o XML?", true)).assertProblem(409);
    assertThat(view(id).path("messages")).hasSize(1);
    api.send(
            "oobj-analyst",
            "PATCH",
            "/api/tickets/" + id,
            HttpApi.JSON.createObjectNode().put("service", "DANFE_PRINT"))
        .assertProblem(409);
    assertThat(view(id).path("service").asText())
        .as("version 4 has no changed-facts subprocess: nothing changes")
        .isEqualTo("NFE_EMISSION");

    completeTask(id, "Task_Resolve", Map.of("resolution", "Certificado renovado."));
    assertThat(view(id).path("status").asText()).isEqualTo("RESOLVED");
    assertThat(processInstance(id, "ticket-intake")).isNull();

    post("oobj-saas", id, "messages", HttpApi.JSON.createObjectNode().put("text", "Obrigado!"))
        .assertStatus(201);
    assertThat(view(id).path("status").asText()).isEqualTo("RESOLVED");
  }

  private HttpApi.Response post(String user, String id, String path, ObjectNode body) {
    return api.post(user, "/api/tickets/" + id + "/" + path, body);
  }

  private JsonNode view(String id) {
    return api.get("oobj-saas", "/api/tickets/" + id).assertStatus(200).json();
  }

  private static ObjectNode reply(String text, boolean waitForClient) {
    return HttpApi.JSON
        .createObjectNode()
        .put("text", text)
        .put("visibility", "PUBLIC")
        .put("waitForClient", waitForClient);
  }
}
