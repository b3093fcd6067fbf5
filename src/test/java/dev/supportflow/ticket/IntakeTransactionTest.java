package dev.supportflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.supportflow.SupportFlowIntegrationTest;
import dev.supportflow.security.Caller;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ticket row and its process start in one transaction: a failing intake leaves nothing
 * half-stored.
 */
class IntakeTransactionTest extends SupportFlowIntegrationTest {

  private static final Caller CLIENT = client("oobj-inhouse-pg", "oobj");

  @Autowired TicketIntake intake;
  @Autowired TicketReads tickets;

  @Test
  @DisplayName(
      "Intake: when the process cannot start (a table fails to evaluate), no ticket row, event or instance remains")
  void failedIntakeStoresNothing() throws IOException {
    clockAt("2026-11-23T10:00");
    int before = tickets.list(CLIENT, null, 0, 100).size();
    // A table that deploys but fails when evaluated: its catch-all row gives a boolean column a
    // text.
    String broken =
        Files.readString(Path.of("dmn/oobj/emergency.dmn"))
            .replace("<text>false</text>", "<text>\"yes\"</text>");
    Deployment deployment =
        repositoryService
            .createDeployment()
            .name("broken emergency table")
            .tenantId("oobj")
            .addString("emergency.dmn", broken)
            .deploy();
    try {
      assertThatThrownBy(() -> intake.open(CLIENT, request(), null)).isNotNull();
      assertThat(tickets.list(CLIENT, null, 0, 100)).hasSize(before);
    } finally {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
    assertThat(intake.open(CLIENT, request(), null).ticket().status()).isEqualTo(TicketStatus.OPEN);
    assertThat(tickets.list(CLIENT, null, 0, 100)).hasSize(before + 1);
  }

  private static NewTicketRequest request() {
    return new NewTicketRequest(
        null,
        null,
        null,
        Channel.PORTAL,
        TicketType.QUESTION,
        Topic.USAGE,
        Symptom.NONE,
        "NFE_EMISSION",
        "OOBJ_DFE",
        null,
        "Como reenviar o XML?",
        null,
        null,
        null);
  }
}
