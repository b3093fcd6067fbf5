package dev.supportflow.policy;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Transient process variables: visible to expressions, gateways, decision tables and beans until
 * the instance's next wait state, never written to the database nor to history. What a process
 * needs only within one transaction travels this way; only what a later step reads after a wait
 * state is stored.
 *
 * <p>The engine refuses to turn a stored variable into a transient one (and the reverse). Instances
 * started on an earlier model version hold as stored variables some facts that are transient now;
 * {@link #set} keeps such a variable stored, so the beans they share with new instances work for
 * both.
 */
public final class TransientVariables {

  private TransientVariables() {}

  /**
   * Sets the variable as transient, or updates it in place where the instance already stores it.
   */
  public static void set(VariableScope scope, String name, Object value) {
    if (isStored(scope, name)) {
      scope.setVariable(name, value);
    } else {
      scope.setVariable(name, Variables.untypedValue(value, true));
    }
  }

  /** Sets the variable as transient unless the scope already has it (stored or transient). */
  public static void setIfAbsent(VariableScope scope, String name, Object value) {
    if (!scope.hasVariable(name)) {
      scope.setVariable(name, Variables.untypedValue(value, true));
    }
  }

  /** Whether the scope (or a parent scope) holds the variable as a stored, non-transient one. */
  public static boolean isStored(VariableScope scope, String name) {
    if (!scope.hasVariable(name)) {
      return false;
    }
    TypedValue value = scope.getVariableTyped(name, false);
    return value != null && !value.isTransient();
  }
}
