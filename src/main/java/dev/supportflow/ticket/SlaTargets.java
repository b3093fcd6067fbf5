package dev.supportflow.ticket;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The {@code sla-targets} decision's single result, as the process holds it in {@code slaTargets}:
 * a transient variable from the table's end listener to the SLA clock (version 2 of the model
 * stored it).
 */
final class SlaTargets {

  static final String VARIABLE = "slaTargets";

  private SlaTargets() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> of(VariableScope scope) {
    Object value = scope.getVariable(VARIABLE);
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalStateException("The sla-targets decision gave no result");
    }
    return (Map<String, Object>) map;
  }
}
