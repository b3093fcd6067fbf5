package dev.supportflow.intervention;

import dev.supportflow.client.ClientContract;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Starts {@code bpmn/scheduled-intervention.bpmn}. The intervention id is the business key (the
 * consent API correlates by it); the variables are the intervention's facts, the client's plan, and
 * what the {@code billable-work-consent} call activity passes on (subjectType, subjectId, workKind,
 * workSummary, estimatedHours, agreedRate). Notes are optional: without them the account manager's
 * summary names the kind.
 */
@Component
class InterventionProcess {

  static final String PROCESS_KEY = "scheduled-intervention";

  private final RuntimeService runtimeService;

  InterventionProcess(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  void start(String id, Intervention i, ClientContract plan) {
    VariableMap variables =
        Variables.createVariables()
            .putValue("interventionId", id)
            .putValue("tenant", i.tenant())
            .putValue("clientId", i.clientId())
            .putValue("plan", plan.summary())
            .putValue("accountManager", plan.accountManager())
            .putValue("kind", i.kind().name())
            .putValue("notes", i.notes())
            .putValue("preferredDate", Date.from(i.preferredDate()))
            .putValue("subjectType", Intervention.TYPE.name())
            .putValue("subjectId", id)
            .putValue("workKind", i.kind().name())
            .putValue(
                "workSummary",
                i.notes() != null ? i.notes() : i.kind().label + ", sem observações do cliente")
            .putValue(
                "estimatedHours",
                i.estimatedHours() == null ? null : i.estimatedHours().doubleValue())
            .putValue("agreedRate", null);
    runtimeService.startProcessInstanceByKey(PROCESS_KEY, id, variables);
  }
}
