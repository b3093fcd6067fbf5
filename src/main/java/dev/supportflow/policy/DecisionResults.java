package dev.supportflow.policy;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The result of the business rule task that just ran, as its end listener reads it. A business rule
 * task without {@code camunda:resultVariable} leaves its result only in the local transient
 * variable {@code decisionResult}: nothing is stored, and the listener hands on the few outputs the
 * process uses. The decision history (C-2) records every input and output either way.
 */
public final class DecisionResults {

  static final String DECISION_RESULT = "decisionResult";

  private DecisionResults() {}

  /**
   * The outputs of the single matched rule (FIRST or UNIQUE tables), by output name; fails when no
   * rule matched.
   */
  public static Map<String, Object> single(DelegateExecution execution, String table) {
    Object result = execution.getVariableLocal(DECISION_RESULT);
    DmnDecisionResultEntries entries =
        result instanceof DmnDecisionResult dmn ? dmn.getSingleResult() : null;
    if (entries == null) {
      throw new IllegalStateException(
          "The "
              + table
              + " table of tenant "
              + execution.getTenantId()
              + " gave no result for "
              + execution.getProcessBusinessKey()
              + " ("
              + execution.getCurrentActivityId()
              + ")");
    }
    return entries.getEntryMap();
  }
}
