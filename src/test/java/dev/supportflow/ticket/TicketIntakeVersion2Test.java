package dev.supportflow.ticket;

import static dev.supportflow.Requests.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dev.supportflow.StoredObjects;
import dev.supportflow.SupportFlowIntegrationTest;
import dev.supportflow.client.ClientContract;
import dev.supportflow.clientrecord.TimelineEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tickets running on version 2 of {@code ticket-intake} when version 3 is deployed finish on
 * version 2, with the beans of today. Version 2 (the model as it was, {@code
 * src/test/resources/legacy/ticket-intake-v2.bpmn}) copied the ticket and its contract into
 * variables at start and stored the decision results as maps; each test starts an instance of it
 * the way the code of that time did, and drives it to its end.
 */
class TicketIntakeVersion2Test extends SupportFlowIntegrationTest {

  @Autowired TicketReads tickets;
  @Autowired TicketRepository ticketRows;
  @Autowired TicketIds ids;
  @Autowired DataSource dataSource;
  @Autowired Clock clock;

  private Deployment version2;
  private ProcessDefinition definition;

  @BeforeEach
  void deployVersion2() {
    version2 =
        repositoryService
            .createDeployment()
            .name("ticket-intake version 2")
            .addClasspathResource("legacy/ticket-intake-v2.bpmn")
            .deploy();
    definition =
        repositoryService
            .createProcessDefinitionQuery()
            .deploymentId(version2.getId())
            .singleResult();
    assertThat(definition.getVersionTag()).isEqualTo("2");
  }

  /**
   * Deployed after the current version, version 2 is the latest until removed: new tickets must not
   * start it.
   */
  @AfterEach
  void removeVersion2() {
    repositoryService.deleteDeployment(version2.getId(), true);
  }

  @Test
  @DisplayName(
      "Issue 10: a business-hours ticket of version 2 is answered and resolved on version 2: OPEN, first response, RESOLVED, its decisions on the trail")
  void businessHoursTicketFinishesOnVersion2() {
    clockAt("2026-11-24T10:00");
    String id = openOnVersion2("leiloes-basic", incident(Symptom.DEGRADED, false, null));
    ProcessInstance instance = instance(id);

    assertThat(instance.getProcessDefinitionId()).isEqualTo(definition.getId());
    assertThat(instance).isWaitingAt("Task_FirstResponse");
    assertThat(runtimeService.getVariables(instance.getId()))
        .containsKeys(
            "ticketId",
            "subject",
            "channelPolicy",
            "slaTargets",
            "firstResponseDueText",
            "resolutionDueAt")
        .doesNotContainKey("ticketSummary");
    assertThat(StoredObjects.find(dataSource, historyService, List.of(definition.getId())))
        .as("version 2 stores maps, which the check of the current models would catch")
        .contains("channelPolicy (serializable, ACT_RU_VARIABLE)");
    TicketView opened = get(id);
    assertThat(opened.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(opened.firstResponseDueAt()).isEqualTo(local("2026-11-24T10:30"));
    Task response = task(instance);
    assertThat(response).hasCandidateGroup("analysts");
    assertThat(response.getPriority()).isEqualTo(50);

    complete(response, withVariables("response", "Estamos verificando."));
    assertThat(instance).isWaitingAt("Task_ResolveWithoutTarget");
    assertThat(get(id).firstRespondedAt()).isNotNull();
    complete(task(instance), withVariables("resolution", "Cache limpo."));

    assertThat(instance).isEnded().hasPassed("Event_TicketResolved");
    TicketView resolved = get(id);
    assertThat(resolved.status()).isEqualTo(TicketStatus.RESOLVED);
    assertThat(resolved.timeline())
        .extracting(TimelineEntry::kind)
        .containsSubsequence(
            "RECEIVED", "TRIAGED", "SLA_DECIDED", "OPENED", "FIRST_RESPONSE", "RESOLVED");
    assertThat(resolved.timeline())
        .filteredOn(e -> e.kind().equals("RESOLVED"))
        .extracting(TimelineEntry::actor)
        .doesNotContainNull();
    assertThat(tickets.decisions(client("leiloes-basic", "leiloes"), id))
        .extracting(d -> d.decisionKey())
        .containsExactly("emergency", "channel-policy", "scope-triage", "sla-targets");
  }

  @Test
  @DisplayName(
      "Issue 10: a ticket of version 2 waiting for the opening (O-2) opens with its SLA from the opening, escalates when late (C-3), and is resolved on version 2")
  void queuedTicketOpensOnVersion2() {
    clockAt("2026-11-27T20:00");
    String id = openOnVersion2("oobj-saas", incident(Symptom.DEGRADED, null, "NFE_EMISSION"));
    ProcessInstance instance = instance(id);
    assertThat(instance).isWaitingAt("Event_WaitForOpening");
    assertThat(get(id).status()).isEqualTo(TicketStatus.QUEUED);
    assertThat(job(instance).getDuedate().toInstant()).isEqualTo(local("2026-11-30T07:00"));

    clockAt("2026-11-30T07:00");
    execute(job(instance));

    TicketView opened = get(id);
    assertThat(opened.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(opened.firstResponseDueAt()).isEqualTo(local("2026-11-30T08:00"));
    assertThat(runtimeService.getVariable(instance.getId(), "firstResponseDueText")).isNotNull();
    assertThat(instance).isWaitingAt("Task_FirstResponse");

    clockAt("2026-11-30T08:01");
    execute(job(instance));
    assertThat(instance).isWaitingAt("Task_FirstResponse", "Task_EscalateFirstResponse");
    assertThat(get(id).timeline()).extracting(TimelineEntry::kind).contains("SLA_BREACHED");

    complete(openTask(id, "Task_FirstResponse"), withVariables("response", "Recebido."));
    assertThat(instance).isWaitingAt("Task_Resolve", "Task_EscalateFirstResponse");
    complete(openTask(id, "Task_Resolve"), withVariables("resolution", "Certificado renovado."));
    assertThat(get(id).status()).isEqualTo(TicketStatus.RESOLVED);
    complete(openTask(id, "Task_EscalateFirstResponse"), withVariables("escalationNote", "Ok"));
    assertThat(instance).isEnded();
  }

  @Test
  @DisplayName(
      "Issue 10: a ticket of version 2 waiting for the client's consent (L-4.3) goes through today's consent gate, is billable once accepted, and is resolved on version 2")
  void billableTicketOfVersion2UsesTodaysConsentGate() {
    clockAt("2026-11-28T22:00");
    String id = openOnVersion2("leiloes-basic", incident(Symptom.DEGRADED, false, null));
    ProcessInstance instance = instance(id);
    assertThat(get(id).status()).isEqualTo(TicketStatus.AWAITING_QUOTE);
    completeQuote(id, 2.0, 150.0);
    assertThat(get(id).status()).isEqualTo(TicketStatus.AWAITING_CONSENT);

    clockAt("2026-11-28T22:10");
    TicketView accepted = tickets.answer(client("leiloes-basic", "leiloes"), id, true);

    assertThat(accepted.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(accepted.billable()).isTrue();
    assertThat(accepted.firstResponseDueAt()).isEqualTo(local("2026-11-28T22:40"));
    assertThat(runtimeService.getVariable(instance.getId(), "quoteAmount")).isEqualTo(300.0);
    complete(openTask(id, "Task_FirstResponse"), withVariables("response", "Atendendo."));
    complete(task(instance), withVariables("resolution", "Feito."));
    assertThat(instance).isEnded();
    assertThat(get(id).status()).isEqualTo(TicketStatus.RESOLVED);
  }

  /**
   * A new ticket's row, and version 2 started as the code of that time started it: every fact a
   * variable.
   */
  private String openOnVersion2(String clientId, NewTicketRequest request) {
    ClientContract plan = contracts.find(clientId).orElseThrow();
    Instant now = clock.instant();
    Ticket draft =
        new Ticket(
            0,
            plan.tenant(),
            clientId,
            TicketStatus.OPEN,
            request.channel(),
            request.type(),
            request.topic(),
            request.symptom(),
            request.service(),
            request.product(),
            request.auctionInProgress(),
            request.subject(),
            request.description(),
            null,
            null,
            request.networkFolder(),
            now,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            null,
            clientId,
            null,
            "version-2",
            now,
            null,
            TicketSla.NOT_STARTED);
    long number = ticketRows.insert(draft);
    String id = ids.format(plan.tenant(), number);
    ticketRows.addEvent(number, now, "RECEIVED", clientId, "Canal " + request.channel());
    VariableMap variables =
        Variables.createVariables()
            .putValue("ticketId", id)
            .putValue("tenant", draft.tenant())
            .putValue("clientId", draft.clientId())
            .putValue("plan", plan.summary())
            .putValue("channel", draft.channel().name())
            .putValue("type", draft.type().name())
            .putValue("topic", name(draft.topic()))
            .putValue("symptom", name(draft.symptom()))
            .putValue("service", draft.service())
            .putValue("product", draft.product())
            .putValue("auctionInProgress", draft.auctionInProgress())
            .putValue("subject", draft.subject())
            .putValue("description", draft.description())
            .putValue("remoteAccessTool", name(draft.remoteAccessTool()))
            .putValue("remoteAccessId", draft.remoteAccessId())
            .putValue("networkFolder", draft.networkFolder())
            .putValue("receivedAt", Date.from(draft.receivedAt()))
            .putValue("billable", false)
            .putValue("tier", plan.tier())
            .putValue("dedicatedDeveloper", plan.dedicatedDeveloper())
            .putValue("consulting", plan.consulting())
            .putValue("deployment", plan.deployment())
            .putValue("database", plan.database())
            .putValue("products", plan.productList())
            .putValue("accountManager", plan.accountManager())
            .putValue("dedicatedTeam", plan.dedicatedTeam());
    runtimeService.startProcessInstanceById(definition.getId(), id, variables);
    return id;
  }

  private ProcessInstance instance(String ticketId) {
    return processInstance(ticketId, "ticket-intake");
  }

  private TicketView get(String id) {
    return tickets.get(
        client(
            id.startsWith("LEI") ? "leiloes-basic" : "oobj-saas",
            id.startsWith("LEI") ? "leiloes" : "oobj"),
        id);
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
