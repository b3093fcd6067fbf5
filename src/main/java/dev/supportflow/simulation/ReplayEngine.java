package dev.supportflow.simulation;

import dev.supportflow.policy.DmnConfigurations;
import dev.supportflow.simulation.SimulationResult.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedOutput;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputExpression;

/**
 * A standalone DMN engine (not the process engine's, whose listeners write history) with the
 * process engine's FEEL set-up, for one simulation on one thread.
 */
final class ReplayEngine {

  private final DmnEngine engine;
  private DmnDecisionTableEvaluationEvent lastEvaluation;

  ReplayEngine() {
    DefaultDmnEngineConfiguration configuration = DmnConfigurations.withCachingFeel();
    configuration.customPostDecisionTableEvaluationListeners(
        List.of(event -> lastEvaluation = event));
    engine = configuration.buildEngine();
  }

  /**
   * The decision, made to read the recorded inputs: history records each input clause's value
   * (scope-triage's {@code productPurchased} as computed), so each input expression becomes the
   * variable named by its label, which the contract fixes.
   */
  DmnDecision replayable(DmnModelInstance model, String decisionKey) {
    Decision decision = model.getModelElementById(decisionKey);
    DecisionTable table = (DecisionTable) decision.getExpression();
    for (Input input : table.getInputs()) {
      InputExpression expression = input.getInputExpression();
      expression.setExpressionLanguage("feel");
      expression.getText().setTextContent(input.getLabel());
    }
    return engine.parseDecision(decisionKey, model);
  }

  /** Outputs by name (lists when several rules give a value) and the matched rules' ids. */
  Outcome evaluate(DmnDecision decision, Map<String, Object> inputs) {
    lastEvaluation = null;
    engine.evaluateDecisionTable(decision, inputs);
    List<String> rules = new ArrayList<>();
    Map<String, Object> outputs = new LinkedHashMap<>();
    List<DmnEvaluatedDecisionRule> matching = lastEvaluation.getMatchingRules();
    for (DmnEvaluatedDecisionRule rule : matching) {
      rules.add(rule.getId());
      for (DmnEvaluatedOutput output : rule.getOutputEntries().values()) {
        Object value = output.getValue() == null ? null : output.getValue().getValue();
        if (matching.size() == 1) {
          outputs.put(output.getOutputName(), value);
        } else {
          @SuppressWarnings("unchecked")
          List<Object> values =
              (List<Object>)
                  outputs.computeIfAbsent(output.getOutputName(), n -> new ArrayList<>());
          values.add(value);
        }
      }
    }
    return new Outcome(outputs, rules);
  }
}
