package dev.supportflow.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.supportflow.H2FileApplication;
import dev.supportflow.Requests;
import dev.supportflow.security.Caller;
import dev.supportflow.ticket.NewTicketRequest;
import dev.supportflow.ticket.TicketIntake;
import dev.supportflow.ticket.TicketReads;
import dev.supportflow.ticket.TicketStatus;
import dev.supportflow.ticket.TicketView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Restarts the real application on one file database: tickets survive, unchanged models are not
 * redeployed, an edited table becomes a new version of that tenant's decisions only, and a process
 * owner's deployment outlives a restart.
 */
class PolicyDeploymentRestartTest {

  @TempDir Path home;

  @Test
  @DisplayName(
      "Deployment: a restart keeps every ticket and deploys no new model versions; an edited table is a new version; a restart keeps a process owner's version")
  void restartKeepsTicketsAndVersions() throws IOException {
    Path policy = home.resolve("policy");
    FileSystemUtils.copyRecursively(Path.of("bpmn"), policy.resolve("bpmn"));
    FileSystemUtils.copyRecursively(Path.of("dmn"), policy.resolve("dmn"));

    String ticketId;
    long deployments;
    try (ConfigurableApplicationContext first = start(policy)) {
      TicketView ticket =
          first
              .getBean(TicketIntake.class)
              .open(
                  new Caller("leiloes-basic", Set.of(Caller.CLIENTS), Set.of("leiloes")),
                  request(),
                  null)
              .ticket();
      ticketId = ticket.id();
      deployments = repository(first).createDeploymentQuery().count();
      assertThat(deployments).isEqualTo(3);
    }

    try (ConfigurableApplicationContext second = start(policy)) {
      assertThat(repository(second).createDeploymentQuery().count()).isEqualTo(deployments);
      assertThat(processVersions(second)).containsOnly(1);
      assertThat(decisionVersions(second, "leiloes")).containsOnly(1);
      TicketView kept =
          second
              .getBean(TicketReads.class)
              .get(
                  new Caller("leiloes-basic", Set.of(Caller.CLIENTS), Set.of("leiloes")), ticketId);
      assertThat(kept.status())
          .isIn(TicketStatus.OPEN, TicketStatus.QUEUED, TicketStatus.AWAITING_QUOTE);
      assertThat(
              second
                  .getBean(RuntimeService.class)
                  .createProcessInstanceQuery()
                  .processInstanceBusinessKey(ticketId)
                  .processDefinitionKey("ticket-intake")
                  .count())
          .isEqualTo(1);
    }

    Path table = policy.resolve("dmn/leiloes/sla-targets.dmn");
    Files.writeString(table, Files.readString(table).replace("\"PT30M\"", "\"PT20M\""));
    String ownersDeployment;
    try (ConfigurableApplicationContext third = start(policy)) {
      assertThat(decisionVersions(third, "leiloes")).contains(2);
      assertThat(decisionVersions(third, "oobj")).containsOnly(1);
      assertThat(processVersions(third)).containsOnly(1);
      ownersDeployment =
          deployAsLeiloesOwner(third, policy.resolve("dmn/leiloes/channel-policy.dmn"));
    }

    // The start-up deployment compares the shipped files with its own latest deployment (by its
    // name), not with the owner's: unchanged files deploy nothing, so the owner's version stays.
    try (ConfigurableApplicationContext fourth = start(policy)) {
      assertThat(
              repository(fourth)
                  .createDecisionDefinitionQuery()
                  .decisionDefinitionKey("channel-policy")
                  .tenantIdIn("leiloes")
                  .latestVersion()
                  .singleResult()
                  .getDeploymentId())
          .isEqualTo(ownersDeployment);
    }
  }

  private static String deployAsLeiloesOwner(ConfigurableApplicationContext context, Path table)
      throws IOException {
    IdentityService identity = context.getBean(IdentityService.class);
    identity.setAuthentication(
        "leiloes-owner", java.util.List.of("process-owners"), java.util.List.of("leiloes"));
    try {
      return repository(context)
          .createDeployment()
          .name("leiloes channel policy")
          .tenantId("leiloes")
          .addString("channel-policy.dmn", Files.readString(table).replace("Recebemos", "Anotamos"))
          .deploy()
          .getId();
    } finally {
      identity.clearAuthentication();
    }
  }

  private ConfigurableApplicationContext start(Path policy) {
    return H2FileApplication.start(
        "jdbc:h2:file:" + home.resolve("db").toAbsolutePath(),
        "--supportflow.policy-dir=" + policy.toUri());
  }

  private static RepositoryService repository(ConfigurableApplicationContext context) {
    return context.getBean(RepositoryService.class);
  }

  private static Set<Integer> processVersions(ConfigurableApplicationContext context) {
    return versions(
        repository(context).createProcessDefinitionQuery().list(), ProcessDefinition::getVersion);
  }

  private static Set<Integer> decisionVersions(
      ConfigurableApplicationContext context, String tenant) {
    return versions(
        repository(context).createDecisionDefinitionQuery().tenantIdIn(tenant).list(),
        DecisionDefinition::getVersion);
  }

  private static <T> Set<Integer> versions(
      java.util.List<T> definitions, Function<T, Integer> version) {
    return definitions.stream().map(version).collect(java.util.stream.Collectors.toSet());
  }

  private static NewTicketRequest request() {
    return Requests.question("Como emitir relatório?");
  }
}
