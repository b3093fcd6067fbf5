package dev.supportflow;

import static dev.supportflow.Requests.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.supportflow.calendar.DateOrDateTime;
import dev.supportflow.intervention.InterventionKind;
import dev.supportflow.intervention.InterventionService;
import dev.supportflow.intervention.NewInterventionRequest;
import dev.supportflow.meeting.MeetingService;
import dev.supportflow.security.Caller;
import dev.supportflow.ticket.Channel;
import dev.supportflow.ticket.DeveloperContactRequests;
import dev.supportflow.ticket.NewTicketRequest;
import dev.supportflow.ticket.Symptom;
import dev.supportflow.ticket.TicketIntake;
import dev.supportflow.ticket.TicketReads;
import dev.supportflow.ticket.TicketType;
import dev.supportflow.ticket.Topic;
import dev.supportflow.training.TrainingService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No process stores an object: every variable of every instance of the current models is a
 * primitive (string, number, boolean, date, null), in the runtime tables and in history, and none
 * has a row in ACT_GE_BYTEARRAY. Java serialization is off in the engine (it refuses serialized
 * Java objects from engine REST and Tasklist), but a model or a bean could still store a map or a
 * list, which the engine would serialize: this test is what stops it. It drives the main flows
 * first, so that every step that writes variables has run; it also checks whatever the other tests
 * of the shared context ran before it.
 */
class NoSerializedVariablesTest extends SupportFlowIntegrationTest {

  private static final List<String> PROCESSES =
      List.of(
          "ticket-intake",
          "billable-work-consent",
          "meeting-request",
          "training-request",
          "scheduled-intervention");

  @Autowired TicketIntake intake;
  @Autowired TicketReads tickets;
  @Autowired DeveloperContactRequests developerContactRequests;
  @Autowired MeetingService meetings;
  @Autowired TrainingService trainings;
  @Autowired InterventionService interventions;
  @Autowired DataSource dataSource;

  @Test
  @DisplayName(
      "Issue 10: tickets in and out of hours, billable consent, escalations, L-3.2, L-5, O-10, meetings, trainings and interventions store primitives only, at every wait state and in history")
  void everyStoredVariableIsAPrimitive() {
    List<String> found = new ArrayList<>();

    // Tickets in business hours (Monday 10:00): response, escalations, resolution; L-5; L-3.2;
    // O-10.
    clockAt("2026-11-23T10:00");
    String inHours = ticket("leiloes-basic", "leiloes", incident(Symptom.DEGRADED, false, null));
    String withTargets =
        ticket("oobj-saas", "oobj", incident(Symptom.DEGRADED, null, "NFE_EMISSION"));
    String developerContact =
        ticket("leiloes-basic", "leiloes", incident(Symptom.DEGRADED, false, null));
    String granted =
        ticket("leiloes-enterprise", "leiloes", incident(Symptom.DEGRADED, false, null));
    String forwarded =
        ticket(
            "leiloes-enterprise",
            "leiloes",
            new NewTicketRequest(
                null,
                null,
                null,
                Channel.WHATSAPP_GROUP,
                TicketType.DEVELOPMENT,
                Topic.SOFTWARE_FAILURE,
                Symptom.DEGRADED,
                null,
                null,
                false,
                "Relatório novo",
                "Pedido pelo grupo",
                null,
                null));
    String backup = ticket("oobj-inhouse-pg", "oobj", Requests.backup("\\\\srv\\backup"));
    Caller analyst = new Caller("leiloes-analyst", Set.of("analysts"), Set.of("leiloes"));
    developerContactRequests.request(analyst, developerContact, "Levantar requisitos");
    developerContactRequests.request(analyst, granted, "Ajuste no leilão");
    found.addAll(objectsStored());

    completeTask(
        developerContact, "Task_ApproveDeveloperContact", Map.of("developerContactApproved", true));
    completeTask(forwarded, "Task_OpenFormalTicket", Map.of("formalTicketRef", "ERP-1"));
    completeTask(backup, "Task_FirstResponse", Map.of("response", "Vamos configurar."));
    completeTask(backup, "Task_SetUpBackup", Map.of("backupNote", "Diário, 02:00"));
    fireTimer(withTargets); // first response overdue: escalation
    completeTask(withTargets, "Task_EscalateFirstResponse", Map.of("escalationNote", "Cobrado"));
    completeTask(withTargets, "Task_FirstResponse", Map.of("response", "Recebido."));
    fireTimer(withTargets); // resolution overdue: escalation
    found.addAll(objectsStored());
    for (String ticket : List.of(inHours, developerContact, granted)) {
      completeTask(ticket, "Task_FirstResponse", Map.of("response", "Estamos verificando."));
    }
    for (String ticket : List.of(inHours, developerContact, granted)) {
      completeTask(ticket, "Task_ResolveWithoutTarget", Map.of("resolution", "Resolvido."));
    }
    completeTask(withTargets, "Task_Resolve", Map.of("resolution", "Certificado renovado."));

    // Out of hours: queued for the opening (O-2); billed, accepted and declined (L-4.3).
    clockAt("2026-11-28T22:00");
    String queued = ticket("oobj-saas", "oobj", incident(Symptom.DEGRADED, null, "NFE_EMISSION"));
    String accepted = ticket("leiloes-basic", "leiloes", incident(Symptom.DEGRADED, false, null));
    String declined = ticket("leiloes-basic", "leiloes", incident(Symptom.DEGRADED, false, null));
    completeQuote(accepted, 2.0, 150.0);
    completeQuote(declined, 2.0, 150.0);
    found.addAll(objectsStored());
    tickets.answer(client("leiloes-basic", "leiloes"), accepted, true);
    tickets.answer(client("leiloes-basic", "leiloes"), declined, false);
    fireTimer(queued);
    fireTimer(declined);
    found.addAll(objectsStored());
    for (String ticket : List.of(queued, accepted, declined)) {
      completeTask(ticket, "Task_FirstResponse", Map.of("response", "Bom dia."));
    }
    completeTask(
        queued,
        "Task_Resolve",
        Map.of("resolution", "Resolvido.")); // leiloes promises no resolution time
    completeTask(accepted, "Task_ResolveWithoutTarget", Map.of("resolution", "Resolvido."));
    completeTask(declined, "Task_ResolveWithoutTarget", Map.of("resolution", "Resolvido."));
    completeTask(backup, "Task_Resolve", Map.of("resolution", "Rotina criada."));
    completeTask(withTargets, "Task_EscalateResolution", Map.of("escalationNote", "Acompanhado"));
    // Resolved tickets wait for their reopen window; its end closes them.
    found.addAll(objectsStored());
    for (String ticket :
        List.of(
            inHours, developerContact, granted, withTargets, backup, queued, accepted, declined)) {
      fireTimer(ticket);
    }

    // A meeting refused, insisted on and quoted (L-6.2); trainings within and beyond the balance
    // (L-6.4).
    clockAt("2026-11-23T10:00");
    Caller premium = client("leiloes-premium", "leiloes");
    String meeting = meetings.request(premium, Requests.meeting("2026-11-25T14:00", 90)).id();
    completeTask(
        meeting,
        "Task_ApproveAgenda",
        Map.of("agendaApproved", false, "supervisorNote", "Cabe num chamado"));
    meetings.insist(premium, meeting);
    completeQuote(meeting, 1.5, 300.0);
    found.addAll(objectsStored());
    meetings.answer(premium, meeting, true);
    Caller trainingClient = client(newLeiloesClient("ser", 8), "leiloes");
    trainings.request(trainingClient, Requests.training("6"));
    String beyond = trainings.request(trainingClient, Requests.training("4")).id();
    completeQuote(beyond, 2.0, 250.0);
    trainings.answer(trainingClient, beyond, true);

    // Interventions: a free update and a quoted migration, each worked at the agreed time (O-9).
    Caller oobj = client("oobj-inhouse-pg", "oobj");
    String update = interventions.request(oobj, intervention(InterventionKind.UPDATE)).id();
    String migration = interventions.request(oobj, intervention(InterventionKind.MIGRATION)).id();
    completeQuote(migration, 4.0, 220.0);
    interventions.answer(oobj, migration, true);
    fireTimer(update);
    fireTimer(migration);
    found.addAll(objectsStored());
    completeTask(update, "Task_PerformIntervention", Map.of("interventionReport", "Atualizado."));
    completeTask(migration, "Task_PerformIntervention", Map.of("interventionReport", "Migrado."));

    found.addAll(objectsStored());
    assertThat(found).as("variables stored as objects (name, type, where)").isEmpty();
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processDefinitionId(current("ticket-intake"))
                .finished()
                .count())
        .as("the flows ran to their ends")
        .isGreaterThanOrEqualTo(9);
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processDefinitionId(current("scheduled-intervention"))
                .finished()
                .count())
        .as("the interventions ran to their ends")
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  @DisplayName(
      "Issue 10: the engine refuses a serialized Java object handed in from outside (java-serialization-format-enabled: false)")
  void serializedJavaObjectsAreRefused() {
    clockAt("2026-11-23T10:00");
    String id = ticket("leiloes-basic", "leiloes", incident(Symptom.DEGRADED, false, null));
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(id).singleResult();
    // What engine REST would build from {"type": "Object", "valueInfo": {"serializationDataFormat":
    // "application/x-java-serialized-object", ...}}: serialized bytes, to be deserialized on read.
    var serialized =
        Variables.serializedObjectValue("rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==")
            .serializationDataFormat(Variables.SerializationDataFormats.JAVA)
            .objectTypeName("java.util.HashMap")
            .create();

    assertThatThrownBy(() -> taskService.setVariable(task.getId(), "payload", serialized))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Java serialization format is prohibited");
  }

  /** Every variable of the current models' instances stored as an object. */
  private List<String> objectsStored() {
    return StoredObjects.find(
        dataSource, historyService, PROCESSES.stream().map(this::current).toList());
  }

  /** The model version new work starts on: the latest of the policy deployment's process. */
  private String current(String key) {
    return repositoryService
        .createProcessDefinitionQuery()
        .processDefinitionKey(key)
        .latestVersion()
        .list()
        .stream()
        .max(Comparator.comparingInt(ProcessDefinition::getVersion))
        .orElseThrow()
        .getId();
  }

  private String ticket(String clientId, String tenant, NewTicketRequest request) {
    return intake.open(client(clientId, tenant), request, null).ticket().id();
  }

  private static NewInterventionRequest intervention(InterventionKind kind) {
    return new NewInterventionRequest(
        kind, DateOrDateTime.of(LocalDate.of(2026, 11, 30)), "Pedido de " + kind, BigDecimal.ONE);
  }

  /**
   * Fires the due-soonest timer of the business key's processes, with the clock moved to its due
   * time.
   */
  private void fireTimer(String businessKey) {
    Job timer =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(businessKey)
            .list()
            .stream()
            .flatMap(
                i ->
                    managementService
                        .createJobQuery()
                        .processInstanceId(i.getId())
                        .timers()
                        .list()
                        .stream())
            .min(Comparator.comparing(Job::getDuedate))
            .orElseThrow(() -> new AssertionError("no timer of " + businessKey));
    ClockUtil.setCurrentTime(timer.getDuedate());
    managementService.executeJob(timer.getId());
  }
}
