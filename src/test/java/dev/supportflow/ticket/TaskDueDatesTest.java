package dev.supportflow.ticket;

import static dev.supportflow.Requests.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dev.supportflow.Requests;
import dev.supportflow.SupportFlowIntegrationTest;
import dev.supportflow.security.Caller;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every user task of ticket-intake carries the ticket's promise as its due date (read from the
 * ticket row), so Tasklist sorts by it and marks what is overdue; tasks without a promise have
 * none.
 */
class TaskDueDatesTest extends SupportFlowIntegrationTest {

  // 2026-11-23 is a Monday.
  private static final String MONDAY_10_00 = "2026-11-23T10:00";

  @Autowired TicketIntake intake;
  @Autowired DeveloperContactRequests developerContact;

  @Test
  @DisplayName(
      "First response and its escalation are due at the first-response due time; resolution without a target has no due date")
  void firstResponseAndItsEscalation() {
    clockAt(MONDAY_10_00);
    TicketView ticket = open("leiloes-basic", "leiloes", incident(Symptom.DEGRADED, false, null));
    Instant due = local("2026-11-23T10:30");
    assertThat(ticket.firstResponseDueAt()).isEqualTo(due);

    Task firstResponse = openTask(ticket.id(), "Task_FirstResponse");
    assertThat(dueDate(firstResponse)).isEqualTo(due);
    assertThat(firstResponse.getPriority()).isEqualTo(50);

    clockAt("2026-11-23T10:31");
    execute(job(instance(ticket)));
    assertThat(dueDate(openTask(ticket.id(), "Task_EscalateFirstResponse"))).isEqualTo(due);

    complete(openTask(ticket.id(), "Task_FirstResponse"), withVariables("response", "Olá."));
    assertThat(openTask(ticket.id(), "Task_ResolveWithoutTarget").getDueDate()).isNull();
  }

  @Test
  @DisplayName(
      "Resolution and its escalation are due at the resolution due time (O-3 catalog service); an emergency comes first (priority 100)")
  void resolutionAndItsEscalation() {
    clockAt(MONDAY_10_00);
    TicketView ticket =
        open("oobj-saas", "oobj", incident(Symptom.OPERATION_BLOCKED, null, "NFE_EMISSION"));
    Instant due = ticket.resolutionDueAt();
    assertThat(due).isNotNull();
    assertThat(openTask(ticket.id(), "Task_FirstResponse").getPriority()).isEqualTo(100);

    complete(openTask(ticket.id(), "Task_FirstResponse"), withVariables("response", "Recebido."));
    assertThat(dueDate(openTask(ticket.id(), "Task_Resolve"))).isEqualTo(due);

    clockAt(due.plusSeconds(60));
    execute(job(instance(ticket)));
    assertThat(dueDate(openTask(ticket.id(), "Task_EscalateResolution"))).isEqualTo(due);
  }

  @Test
  @DisplayName(
      "The work on the way to the resolution (L-5 developer contact approval) is due at the resolution due time")
  void developerContactApprovalIsDueAtResolution() {
    clockAt(MONDAY_10_00);
    TicketView ticket = open("oobj-saas", "oobj", incident(Symptom.DEGRADED, null, "NFE_EMISSION"));

    developerContact.request(
        new Caller("oobj-analyst", Set.of("analysts"), Set.of("oobj")),
        ticket.id(),
        "Levantar requisitos");

    assertThat(dueDate(openTask(ticket.id(), "Task_ApproveDeveloperContact")))
        .isEqualTo(ticket.resolutionDueAt())
        .isNotNull();
  }

  @Test
  @DisplayName("O-10 vendor work before the resolution is due at the resolution due time")
  void backupSetUpIsDueAtResolution() {
    clockAt(MONDAY_10_00);
    TicketView ticket = open("oobj-inhouse-pg", "oobj", Requests.backup("\\\\srv\\backup"));
    complete(openTask(ticket.id(), "Task_FirstResponse"), withVariables("response", "Vamos."));

    Date due = openTask(ticket.id(), "Task_SetUpBackup").getDueDate();
    assertThat(due == null ? null : due.toInstant()).isEqualTo(ticket.resolutionDueAt());
  }

  @Test
  @DisplayName(
      "No promise, no due date: a first response without SLA (a message to another leilões number) and the dedicated team's formal ticket (L-3.2)")
  void noPromiseNoDueDate() {
    clockAt(MONDAY_10_00);
    TicketView otherNumber =
        open(
            "leiloes-basic",
            "leiloes",
            incident(Channel.WHATSAPP_OTHER, Symptom.DEGRADED, false, null));
    assertThat(openTask(otherNumber.id(), "Task_FirstResponseWithoutTarget").getDueDate()).isNull();

    TicketView development =
        open(
            "leiloes-enterprise",
            "leiloes",
            new NewTicketRequest(
                null,
                null,
                null,
                Channel.WHATSAPP_GROUP,
                TicketType.DEVELOPMENT,
                Topic.SOFTWARE_FAILURE,
                null,
                null,
                null,
                null,
                "Novo relatório",
                null,
                null,
                null));
    assertThat(openTask(development.id(), "Task_OpenFormalTicket").getDueDate()).isNull();
  }

  private TicketView open(String clientId, String tenant, NewTicketRequest request) {
    return intake.open(client(clientId, tenant), request, null).ticket();
  }

  private ProcessInstance instance(TicketView ticket) {
    return processInstance(ticket.id(), "ticket-intake");
  }

  private static Instant dueDate(Task task) {
    Date due = task.getDueDate();
    assertThat(due).as("due date of " + task.getTaskDefinitionKey()).isNotNull();
    return due.toInstant();
  }
}
