package dev.supportflow.policy;

import static dev.supportflow.Requests.oobjTicketJson;
import static dev.supportflow.Requests.ticketJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.supportflow.HttpApi.Response;
import dev.supportflow.SupportFlowIntegrationTest;
import dev.supportflow.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Process owners ship their own tenant's decision tables from Camunda Modeler or engine REST,
 * contract-checked (C-4) and recorded; anything beyond their tenant's tables is refused.
 */
class OwnerDeploymentTest extends SupportFlowIntegrationTest {

  private static final String OWNER = "leiloes-owner";
  private static final String LEILOES_CLIENT = "leiloes-premium";
  private static final String OOBJ_CLIENT = "oobj-inhouse-pg";
  private static final String SHIPPED_REPLY =
      "Recebemos sua solicitação. Um analista responderá dentro do prazo do SLA.";
  private static final String EDITED_REPLY =
      "Recebemos seu chamado. Um analista responderá dentro do prazo do SLA.";
  private static final String TABLE = "channel-policy.dmn";
  private static final String DEPLOYMENT_NAME = "leiloes channel policy";

  @Test
  @DisplayName(
      "C-4 deploy: leiloes-owner deploys an edited leiloes channel-policy from Modeler; the next leiloes ticket follows it, oobj's does not; the record shows who, when and which version to leiloes-supervisor only")
  void ownerDeploysTheirTenantsTable() throws IOException {
    clockAt("2026-12-09T10:00");
    String oobjReply = reply(OOBJ_CLIENT, oobjTicketJson("Antes da mudança"));
    Response deployed =
        ModelerDeployment.of(
                DEPLOYMENT_NAME, "leiloes", TABLE, shipped().replace(SHIPPED_REPLY, EDITED_REPLY))
            .send(api, OWNER)
            .assertStatus(200);
    try {
      String deploymentId = deployed.json().path("id").asText();
      int version = newVersion(deployed.json(), "channel-policy");

      String ticket = open(LEILOES_CLIENT, ticketJson("Depois da mudança"));
      assertThat(ticketReply(LEILOES_CLIENT, ticket)).isEqualTo(EDITED_REPLY);
      assertThat(channelPolicyVersion(LEILOES_CLIENT, ticket)).isEqualTo(version);
      assertThat(reply(OOBJ_CLIENT, oobjTicketJson("Depois da mudança"))).isEqualTo(oobjReply);

      JsonNode record =
          api.get("leiloes-supervisor", "/api/policy/deployments").assertStatus(200).json().get(0);
      assertThat(record.path("id").asText()).isEqualTo(deploymentId);
      assertThat(record.path("name").asText()).isEqualTo(DEPLOYMENT_NAME);
      assertThat(record.path("source").asText()).isEqualTo("Camunda Modeler");
      assertThat(record.path("tenant").asText()).isEqualTo("leiloes");
      assertThat(record.path("deployedBy").asText()).isEqualTo(OWNER);
      assertThat(record.path("deployedAt").asText())
          .isEqualTo(TestClock.local("2026-12-09T10:00").toString());
      assertThat(record.path("definitions").get(0).path("key").asText())
          .isEqualTo("channel-policy");
      assertThat(record.path("definitions").get(0).path("version").asInt()).isEqualTo(version);
      assertThat(api.get(OWNER, "/api/policy/deployments?tenant=leiloes").json().get(0))
          .isEqualTo(record);
      assertThat(ids(api.listAll("oobj-supervisor", "/api/policy/deployments")))
          .doesNotContain(deploymentId);
      api.get("oobj-supervisor", "/api/policy/deployments?tenant=leiloes").assertProblem(403);
      api.get("leiloes-analyst", "/api/policy/deployments").assertProblem(403);
      api.get(LEILOES_CLIENT, "/api/policy/deployments").assertProblem(403);
      api.get("leiloes-gateway", "/api/policy/deployments").assertProblem(403);
      api.get("admin", "/api/policy/deployments").assertFieldError("tenant");
      api.get("leiloes-supervisor", "/api/policy/deployments?page=-1").assertFieldError("page");
      api.get("leiloes-supervisor", "/api/policy/deployments?size=101").assertFieldError("size");
      api.get(null, "/api/policy/deployments").assertProblem(401);
    } finally {
      // Rollback as an owner does it: deploy the previous file again.
      ModelerDeployment.of(DEPLOYMENT_NAME, "leiloes", TABLE, shipped())
          .send(api, OWNER)
          .assertStatus(200);
    }
    assertThat(reply(LEILOES_CLIENT, ticketJson("Depois de voltar"))).isEqualTo(SHIPPED_REPLY);
  }

  @Test
  @DisplayName(
      "C-4/C-5 deploy: a process owner may not deploy for another tenant, without a tenant, anything but a .dmn, or under a name reserved for the start-up deployment (403 with the reason); nothing is deployed")
  void ownerDeploysNothingButTheirTenantsTables() throws IOException {
    clockAt("2026-12-09T11:00");
    long deployments = repositoryService.createDeploymentQuery().count();
    String edited = shipped().replace(SHIPPED_REPLY, EDITED_REPLY);

    assertRefused(ModelerDeployment.of("for oobj", "oobj", TABLE, edited), "'oobj'");
    assertRefused(ModelerDeployment.of("shared", null, TABLE, edited), "without a tenant id");
    assertRefused(
        ModelerDeployment.of(
            "a process", "leiloes", "ticket-intake.bpmn", read("bpmn/ticket-intake.bpmn")),
        "ticket-intake.bpmn");
    assertRefused(
        ModelerDeployment.of("supportflow-policy-leiloes", "leiloes", TABLE, edited),
        "next restart");
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);

    // Unchanged files are not deployed again (duplicate filtering), and still refused: the answer
    // would show another tenant's deployment.
    String oobjTable = read("dmn/oobj/channel-policy.dmn");
    String oobjDeployment = modelerDeployment("oobj channel policy", "oobj", oobjTable);
    try {
      assertRefused(
          ModelerDeployment.of("oobj channel policy", "oobj", TABLE, oobjTable), "'oobj'");
    } finally {
      repositoryService.deleteDeployment(oobjDeployment, true);
    }
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);

    // The same name in both tenants, oobj's deployed last: the owner's unchanged leiloes file is
    // answered with the leiloes deployment, neither refused for oobj nor shown oobj's.
    String leiloesSameName = modelerDeployment("channel policy", "leiloes", edited);
    String oobjSameName = modelerDeployment("channel policy", "oobj", oobjTable);
    try {
      Response unchanged =
          ModelerDeployment.of("channel policy", "leiloes", TABLE, edited).send(api, OWNER);
      unchanged.assertStatus(200);
      assertThat(unchanged.json().path("id").asText()).isEqualTo(leiloesSameName);
    } finally {
      repositoryService.deleteDeployment(oobjSameName, true);
      repositoryService.deleteDeployment(leiloesSameName, true);
    }
  }

  @Test
  @DisplayName(
      "C-4 via Modeler: a process owner's table that breaks the decision contract, or has a cell in JUEL (code in the server), is a 400 naming it; the running version keeps serving")
  void ownersBrokenTableIsRefused() throws IOException {
    clockAt("2026-12-09T12:00");
    long versions =
        repositoryService
            .createDecisionDefinitionQuery()
            .decisionDefinitionKey("channel-policy")
            .tenantIdIn("leiloes")
            .count();
    String broken = shipped().replace("name=\"reply\"", "name=\"answer\"");
    String juel =
        shipped()
            .replace(
                "<outputEntry id=\"OutputEntry_L_2_1_official_reply\">",
                "<outputEntry id=\"OutputEntry_L_2_1_official_reply\" expressionLanguage=\"juel\">");

    Response refused =
        ModelerDeployment.of(DEPLOYMENT_NAME, "leiloes", TABLE, broken).send(api, OWNER);
    Response notFeel =
        ModelerDeployment.of(DEPLOYMENT_NAME, "leiloes", TABLE, juel).send(api, OWNER);

    refused.assertStatus(400);
    assertThat(refused.json().path("message").asText()).contains("channel-policy", "answer");
    notFeel.assertStatus(400);
    assertThat(notFeel.json().path("message").asText())
        .contains("OutputEntry_L_2_1_official_reply", "juel", "FEEL only");
    assertThat(
            repositoryService
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey("channel-policy")
                .tenantIdIn("leiloes")
                .count())
        .isEqualTo(versions);
    assertThat(reply(LEILOES_CLIENT, ticketJson("Depois da tabela quebrada")))
        .isEqualTo(SHIPPED_REPLY);
  }

  private String modelerDeployment(String name, String tenant, String table) {
    return repositoryService
        .createDeployment()
        .name(name)
        .source("Camunda Modeler")
        .tenantId(tenant)
        .addString(TABLE, table)
        .deploy()
        .getId();
  }

  private void assertRefused(ModelerDeployment deployment, String reason) {
    Response refused = deployment.send(api, OWNER);
    refused.assertStatus(403);
    assertThat(refused.json().path("message").asText()).as(refused.toString()).contains(reason);
  }

  private static String shipped() throws IOException {
    return read("dmn/leiloes/channel-policy.dmn");
  }

  private static String read(String file) throws IOException {
    return Files.readString(Path.of(file));
  }

  private String open(String client, Object ticket) {
    return api.create(client, "/api/tickets", ticket);
  }

  private String reply(String client, Object ticket) {
    return ticketReply(client, open(client, ticket));
  }

  private String ticketReply(String client, String ticketId) {
    return api.get(client, "/api/tickets/" + ticketId)
        .assertStatus(200)
        .json()
        .path("reply")
        .asText();
  }

  private int channelPolicyVersion(String client, String ticketId) {
    for (JsonNode decision :
        api.get(client, "/api/tickets/" + ticketId + "/decisions").assertStatus(200).json()) {
      if (decision.path("decisionKey").asText().equals("channel-policy")) {
        return decision.path("decisionVersion").asInt();
      }
    }
    throw new AssertionError("No channel-policy decision for " + ticketId);
  }

  private static int newVersion(JsonNode deployment, String key) {
    for (JsonNode decision : deployment.path("deployedDecisionDefinitions")) {
      if (decision.path("key").asText().equals(key)) {
        return decision.path("version").asInt();
      }
    }
    throw new AssertionError("No new version of " + key + " in " + deployment);
  }

  private static List<String> ids(List<JsonNode> items) {
    List<String> ids = new ArrayList<>();
    items.forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }
}
