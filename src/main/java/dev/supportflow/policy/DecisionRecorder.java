package dev.supportflow.policy;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Writes each evaluation of a decision table to the decision trail ({@link DecisionTrail}, one row)
 * instead of Camunda's decision history (a row per evaluation, input and output); every other
 * history event goes to the engine's tables as before. The engine calls it inside the command that
 * evaluated, so the row commits or rolls back with the ticket.
 *
 * <p>Installed as the engine's history handler in place of its default one, ahead of the handlers
 * other plugins add. Cockpit's decision views list no evaluation from then on; the API and the
 * policy simulation read the trail.
 */
class DecisionRecorder extends DbHistoryEventHandler {

  private final DecisionTrail trail;

  DecisionRecorder(DecisionTrail trail) {
    this.trail = trail;
  }

  @Override
  protected void insertHistoricDecisionEvaluationEvent(HistoricDecisionEvaluationEvent event) {
    record(event.getRootHistoricDecisionInstance());
    if (event.getRequiredHistoricDecisionInstances() != null) {
      event.getRequiredHistoricDecisionInstances().forEach(this::record);
    }
  }

  private void record(HistoricDecisionInstanceEntity evaluation) {
    CommandContext command = Context.getCommandContext();
    int version =
        Context.getProcessEngineConfiguration()
            .getDeploymentCache()
            .findDeployedDecisionDefinitionById(evaluation.getDecisionDefinitionId())
            .getVersion();
    String processInstanceId = evaluation.getProcessInstanceId();
    String businessKey = null;
    if (processInstanceId != null) {
      ExecutionEntity instance = command.getExecutionManager().findExecutionById(processInstanceId);
      businessKey = instance == null ? null : instance.getBusinessKey();
    }
    trail.record(
        DecisionTrail.Decision.of(evaluation, version),
        new DecisionTrail.Origin(
            evaluation.getDecisionDefinitionId(), processInstanceId, businessKey));
  }

  /** The plugin that makes this the engine's history handler. */
  static AbstractProcessEnginePlugin plugin(DecisionTrail trail) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = new ArrayList<>();
        handlers.add(new DecisionRecorder(trail));
        if (configuration.getCustomHistoryEventHandlers() != null) {
          handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        configuration.setCustomHistoryEventHandlers(handlers);
        configuration.setEnableDefaultDbHistoryEventHandler(false);
      }
    };
  }
}
