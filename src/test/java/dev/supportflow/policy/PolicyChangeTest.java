package dev.supportflow.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.supportflow.SupportFlowIntegrationTest;
import dev.supportflow.security.Caller;
import dev.supportflow.ticket.Channel;
import dev.supportflow.ticket.NewTicketRequest;
import dev.supportflow.ticket.Symptom;
import dev.supportflow.ticket.TicketIntake;
import dev.supportflow.ticket.TicketStatus;
import dev.supportflow.ticket.TicketType;
import dev.supportflow.ticket.TicketView;
import dev.supportflow.ticket.Topic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A process owner changes the policy by deploying an edited table: no build, no Java. */
class PolicyChangeTest extends SupportFlowIntegrationTest {

  private static final Caller OOBJ_CLIENT =
      new Caller("oobj-saas", Set.of(Caller.CLIENTS), Set.of("oobj"));

  @Autowired TicketIntake intake;

  @Test
  @DisplayName(
      "C-4 editing a reply text and a channel rule in oobj's channel-policy is a DMN edit only")
  void editedChannelPolicyTakesEffect() throws IOException {
    clockAt("2026-11-23T10:00");
    assertThat(open(Channel.WHATSAPP_OFFICIAL).status()).isEqualTo(TicketStatus.REJECTED);
    assertThat(open(Channel.TELEGRAM).reply()).startsWith("A Oobj não atende por WhatsApp");

    String table =
        Files.readString(Path.of("dmn/oobj/channel-policy.dmn"))
            // the reply text of O-8
            .replace(
                "A Oobj não atende por WhatsApp", "Por enquanto a Oobj não atende por WhatsApp")
            // the channel rule: WhatsApp's official number moves from the refused to the accepted
            // channels
            .replace("<text>\"WHATSAPP_OFFICIAL\",\"WHATSAPP_OTHER\"", "<text>\"WHATSAPP_OTHER\"")
            .replace(
                "<text>\"PORTAL\",\"EMAIL\",\"PHONE\"</text>",
                "<text>\"PORTAL\",\"EMAIL\",\"PHONE\",\"WHATSAPP_OFFICIAL\"</text>");
    Deployment edited =
        repositoryService
            .createDeployment()
            .name("edited channel policy")
            .tenantId("oobj")
            .addString("channel-policy.dmn", table)
            .deploy();
    try {
      assertThat(open(Channel.WHATSAPP_OFFICIAL).status()).isEqualTo(TicketStatus.OPEN);
      assertThat(open(Channel.TELEGRAM).reply())
          .startsWith("Por enquanto a Oobj não atende por WhatsApp");
    } finally {
      repositoryService.deleteDeployment(edited.getId(), true);
    }
    assertThat(open(Channel.WHATSAPP_OFFICIAL).status()).isEqualTo(TicketStatus.REJECTED);
  }

  @Test
  @DisplayName(
      "C-4 a table that breaks the decision contract (a renamed output) is refused at deployment; the running version keeps serving")
  void tableBreakingTheContractIsRefused() throws IOException {
    clockAt("2026-11-23T10:00");
    long versionsBefore =
        repositoryService
            .createDecisionDefinitionQuery()
            .decisionDefinitionKey("channel-policy")
            .tenantIdIn("oobj")
            .count();
    String broken =
        Files.readString(Path.of("dmn/oobj/channel-policy.dmn"))
            .replace("name=\"reply\"", "name=\"answer\"");

    assertThatThrownBy(
            () ->
                repositoryService
                    .createDeployment()
                    .name("renamed output")
                    .tenantId("oobj")
                    .addString("channel-policy.dmn", broken)
                    .deploy())
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("channel-policy")
        .hasMessageContaining("outputs")
        .hasMessageContaining("answer");

    assertThat(
            repositoryService
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey("channel-policy")
                .tenantIdIn("oobj")
                .count())
        .isEqualTo(versionsBefore);
    assertThat(open(Channel.TELEGRAM).reply()).startsWith("A Oobj não atende por WhatsApp");
  }

  private TicketView open(Channel channel) {
    return intake
        .open(
            OOBJ_CLIENT,
            new NewTicketRequest(
                null,
                null,
                null,
                channel,
                TicketType.INCIDENT,
                Topic.SOFTWARE_FAILURE,
                Symptom.DEGRADED,
                "NFE_EMISSION",
                "OOBJ_DFE",
                null,
                "Erro na emissão",
                null,
                null,
                null),
            null)
        .ticket();
  }
}
