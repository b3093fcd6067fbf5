package dev.supportflow.policy;

import static dev.supportflow.Requests.incident;
import static org.assertj.core.api.Assertions.assertThat;

import dev.supportflow.SupportFlowIntegrationTest;
import dev.supportflow.ticket.Symptom;
import dev.supportflow.ticket.TicketIntake;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the history level {@code trail} records of one ticket: its decisions with their inputs and
 * outputs (one row each in the decision trail, {@link DecisionRecorder}), the steps people, timers
 * and Java act on; not its variables, nor the steps of gateways and business rule tasks.
 */
class TrailHistoryLevelTest extends SupportFlowIntegrationTest {

  @Autowired TicketIntake intake;
  @Autowired DecisionTrail trail;

  @Test
  @DisplayName(
      "History level trail: a ticket keeps its decisions (C-2) and its steps, not its variables, gateways or rule tasks")
  void keepsWhatIsRead() {
    clockAt("2026-11-24T10:00");
    String ticket =
        intake
            .open(client("leiloes-basic", "leiloes"), incident(Symptom.DEGRADED, false, null), null)
            .ticket()
            .id();
    String process =
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(ticket)
            .singleResult()
            .getId();

    List<HistoricActivityInstance> steps =
        historyService.createHistoricActivityInstanceQuery().processInstanceId(process).list();
    assertThat(steps)
        .extracting(HistoricActivityInstance::getActivityType)
        .contains("startEvent", "serviceTask", "userTask")
        .doesNotContain("exclusiveGateway", "businessRuleTask");

    List<DecisionTrail.Decision> decisions = trail.forBusinessKey(ticket);
    assertThat(decisions)
        .as("each business rule task is recorded by its row in the decision trail")
        .extracting(DecisionTrail.Decision::activityId)
        .contains("Task_DecideEmergency", "Task_DecideChannelPolicy", "Task_DecideScope");
    assertThat(decisions).allSatisfy(d -> assertThat(d.inputs()).isNotEmpty());
    assertThat(decisions).allSatisfy(d -> assertThat(d.outputs()).isNotEmpty());
    assertThat(
            historyService.createHistoricDecisionInstanceQuery().processInstanceId(process).count())
        .as("one row each in the trail, none in Camunda's decision history")
        .isZero();

    assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(process).count())
        .as("the process has variables")
        .isPositive();
    assertThat(
            historyService.createHistoricVariableInstanceQuery().processInstanceId(process).count())
        .as("none of them in history")
        .isZero();
  }
}
