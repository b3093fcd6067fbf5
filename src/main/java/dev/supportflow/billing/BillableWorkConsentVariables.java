package dev.supportflow.billing;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * The variables of every call of {@code billable-work-consent}, in one place: each calling call
 * activity names this bean ({@code
 * camunda:variableMappingDelegateExpression="${billableWorkConsentVariables}"}). In: each of the
 * gate's inputs that the caller holds under the same name. Out: the gate's answer, {@code
 * consentOutcome}.
 *
 * <p>A caller that holds an input under another name, or derives it, maps it on the call activity
 * ({@code camunda:in}); the engine applies those first, and they are kept. A caller's transient
 * variable goes in as a stored one: the gate waits for the account manager and the client, and
 * would lose it at its first wait state. An input the caller does not hold is left out, so the gate
 * stores nothing for it.
 */
@Component("billableWorkConsentVariables")
public class BillableWorkConsentVariables implements DelegateVariableMapping {

  static final List<String> INPUTS =
      List.of(
          "subjectType",
          "subjectId",
          "tenant",
          "clientId",
          "accountManager",
          "plan",
          "workKind",
          "workSummary",
          "estimatedHours",
          "agreedRate",
          "quoteDeadline");
  static final String OUTCOME = "consentOutcome";

  @Override
  public void mapInputVariables(DelegateExecution caller, VariableMap gate) {
    for (String name : INPUTS) {
      if (!gate.containsKey(name) && caller.hasVariable(name)) {
        gate.putValueTyped(name, stored(caller.getVariableTyped(name)));
      }
    }
  }

  @Override
  public void mapOutputVariables(DelegateExecution caller, VariableScope gate) {
    caller.setVariable(OUTCOME, gate.getVariableTyped(OUTCOME));
  }

  private static TypedValue stored(TypedValue value) {
    return value.isTransient() ? Variables.untypedValue(value.getValue()) : value;
  }
}
