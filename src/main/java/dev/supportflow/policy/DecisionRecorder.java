package dev.supportflow.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionLiteralExpressionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionLogicEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedInput;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedOutput;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.context.CoreExecutionContext;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Writes each evaluation of a deployed decision table to the decision trail ({@link
 * DecisionTrail}): one row, straight from the DMN engine's evaluation, in the command (and so the
 * transaction) that evaluated. Camunda's decision history is not produced at all: the history level
 * {@code trail} declines decision events, and {@link #plugin} makes the engine's history handler
 * drop them at any other level, so no decision is ever in both places (DecisionHistoryMove would
 * copy it again).
 */
class DecisionRecorder implements DmnDecisionEvaluationListener {

  private final DecisionTrail trail;

  DecisionRecorder(DecisionTrail trail) {
    this.trail = trail;
  }

  @Override
  public void notify(DmnDecisionEvaluationEvent event) {
    record(event.getDecisionResult());
    if (event.getRequiredDecisionResults() != null) {
      event.getRequiredDecisionResults().forEach(this::record);
    }
  }

  private void record(DmnDecisionLogicEvaluationEvent evaluation) {
    if (!(evaluation.getDecision() instanceof DecisionDefinition definition)) {
      return; // not a deployed table (a standalone DMN engine's): nothing to trace it to
    }
    ExecutionEntity execution = currentExecution();
    Map<String, Object> inputs = new LinkedHashMap<>();
    Map<String, Object> outputs = new LinkedHashMap<>();
    List<DecisionTrail.MatchedRule> rules = new ArrayList<>();
    if (evaluation instanceof DmnDecisionTableEvaluationEvent table) {
      for (DmnEvaluatedInput input : table.getInputs()) {
        inputs.put(input.getName(), value(input.getValue()));
      }
      List<DmnEvaluatedDecisionRule> matched = table.getMatchingRules();
      for (int i = 0; i < matched.size(); i++) {
        // the order among the matched rules, as Camunda's decision history numbered them
        rules.add(new DecisionTrail.MatchedRule(matched.get(i).getId(), i + 1));
        for (DmnEvaluatedOutput output : matched.get(i).getOutputEntries().values()) {
          outputs.put(output.getOutputName(), value(output.getValue()));
        }
      }
    } else if (evaluation instanceof DmnDecisionLiteralExpressionEvaluationEvent expression) {
      outputs.put(expression.getOutputName(), value(expression.getOutputValue()));
    }
    String tenant = definition.getTenantId();
    if (tenant == null && execution != null) {
      tenant = execution.getTenantId();
    }
    trail.record(
        new DecisionTrail.Decision(
            definition.getKey(),
            definition.getName(),
            definition.getVersion(),
            tenant,
            execution == null ? null : execution.getActivityId(),
            rules,
            inputs,
            outputs,
            ClockUtil.getCurrentTime().toInstant()),
        new DecisionTrail.Origin(
            definition.getId(),
            execution == null ? null : execution.getProcessInstanceId(),
            execution == null ? null : execution.getProcessBusinessKey()));
  }

  /** The process execution evaluating, or null outside one (the decision service). */
  private static ExecutionEntity currentExecution() {
    CoreExecutionContext<?> context = Context.getCoreExecutionContext();
    return context != null && context.getExecution() instanceof ExecutionEntity execution
        ? execution
        : null;
  }

  private static Object value(TypedValue value) {
    return value == null ? null : value.getValue();
  }

  /**
   * How the engine evaluates and records decisions: tables with a FEEL engine that parses each cell
   * once ({@link DmnConfigurations}), every evaluation recorded in the trail, and the engine's
   * history handler without decision history (Camunda's own, whose one method for decision
   * evaluations writes nothing).
   */
  static AbstractProcessEnginePlugin plugin(DecisionTrail trail) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        DefaultDmnEngineConfiguration dmn = DmnConfigurations.withCachingFeel();
        // mutable: the engine appends its own history listener to it
        List<DmnDecisionEvaluationListener> listeners = new ArrayList<>();
        listeners.add(new DecisionRecorder(trail));
        dmn.setCustomPostDecisionEvaluationListeners(listeners);
        configuration.setDmnEngineConfiguration(dmn);

        List<HistoryEventHandler> handlers = new ArrayList<>();
        handlers.add(
            new DbHistoryEventHandler() {
              @Override
              protected void insertHistoricDecisionEvaluationEvent(
                  HistoricDecisionEvaluationEvent event) {}
            });
        if (configuration.getCustomHistoryEventHandlers() != null) {
          handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        configuration.setCustomHistoryEventHandlers(handlers);
        configuration.setEnableDefaultDbHistoryEventHandler(false);
      }
    };
  }
}
