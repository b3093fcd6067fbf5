package dev.supportflow.policy;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;

/**
 * C-4 on one parsed decision, with or without a deployment: the deployment check and the policy
 * simulation ask the same question.
 */
public final class DecisionContractRule {

  private DecisionContractRule() {}

  /** Whether the processes rely on this decision key (else the table is the owner's own). */
  public static boolean covers(String decisionKey) {
    return DecisionContract.BY_KEY.containsKey(decisionKey);
  }

  /**
   * What breaks the contract in this decision ("has outputs … but the processes need …"), or null
   * when it keeps it or is not covered.
   */
  public static String problem(Decision decision) {
    DecisionContract.Columns expected = DecisionContract.BY_KEY.get(decision.getId());
    if (expected == null) {
      return null;
    }
    if (!(decision.getExpression() instanceof DecisionTable table)) {
      return "is not a decision table";
    }
    List<DecisionContract.Column> inputs = new ArrayList<>();
    for (Input input : table.getInputs()) {
      inputs.add(
          new DecisionContract.Column(
              input.getLabel(),
              input.getInputExpression().getTypeRef(),
              input.getInputExpression().getText() == null
                  ? null
                  : input.getInputExpression().getText().getTextContent().trim()));
    }
    List<DecisionContract.Column> outputs = new ArrayList<>();
    for (Output output : table.getOutputs()) {
      outputs.add(DecisionContract.Column.out(output.getName(), output.getTypeRef()));
    }
    if (!inputs.equals(expected.inputs())) {
      return "has inputs " + inputs + " but the processes need " + expected.inputs();
    }
    if (!outputs.equals(expected.outputs())) {
      return "has outputs " + outputs + " but the processes need " + expected.outputs();
    }
    return null;
  }
}
