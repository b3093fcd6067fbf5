package dev.supportflow.ticket;

import dev.supportflow.policy.DecisionResults;
import dev.supportflow.policy.TransientVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * What intake's decision tables decided, as the process keeps it. The business rule tasks set no
 * result variable; each one's end listener here reads the local {@code decisionResult} and hands on
 * what the process uses:
 *
 * <ul>
 *   <li>stored, because a step after a wait state reads it: {@code emergency} (every task's
 *       priority), {@code routeTo} (who is offered the ticket's tasks), {@code workItem} (extra
 *       vendor work, only when the scope table names one: not {@code NONE});
 *   <li>transient, for the steps and gateways up to the first wait state: the whole result under
 *       the name earlier models stored it ({@code channelPolicy}, {@code scopeTriage}, {@code
 *       slaTargets}) for the beans that record it on the ticket, and the primitives the gateways
 *       test ({@code channelOutcome}, {@code outOfHoursHandling}, {@code scopeOutcome}, {@code
 *       outOfHoursBillable}).
 * </ul>
 *
 * The decision history (C-2) keeps every input and output. Instances started on version 2 of the
 * model stored the results as Java-serialized maps; {@link #isVersion2} tells them apart, and the
 * readers accept both.
 */
@Component("intakeDecisions")
public class IntakeDecisions {

  public void emergency(DelegateExecution execution) {
    Map<String, Object> result = DecisionResults.single(execution, "emergency");
    execution.setVariable("emergency", Boolean.TRUE.equals(result.get("emergency")));
  }

  public void channelPolicy(DelegateExecution execution) {
    Map<String, Object> result = DecisionResults.single(execution, "channel-policy");
    TransientVariables.set(execution, "channelPolicy", result);
    TransientVariables.set(execution, "channelOutcome", result.get("channelOutcome"));
    TransientVariables.set(execution, "outOfHoursHandling", result.get("outOfHoursHandling"));
    if (result.get("routeTo") != null) {
      execution.setVariable("routeTo", result.get("routeTo"));
    }
  }

  public void scopeTriage(DelegateExecution execution) {
    Map<String, Object> result = DecisionResults.single(execution, "scope-triage");
    TransientVariables.set(execution, "scopeTriage", result);
    TransientVariables.set(execution, "scopeOutcome", result.get("scopeOutcome"));
    Object workItem = result.get("workItem");
    if (workItem != null && !"NONE".equals(workItem)) {
      execution.setVariable("workItem", workItem);
    }
  }

  public void slaTargets(DelegateExecution execution) {
    TransientVariables.set(
        execution, SlaTargets.VARIABLE, DecisionResults.single(execution, "sla-targets"));
  }

  /** The billing table's input for out-of-hours support. */
  public void outOfHoursWork(DelegateExecution execution) {
    TransientVariables.set(execution, "workKind", "OUT_OF_HOURS_SUPPORT");
  }

  public void outOfHoursBilling(DelegateExecution execution) {
    Map<String, Object> result = DecisionResults.single(execution, "billing");
    TransientVariables.set(
        execution, "outOfHoursBillable", Boolean.TRUE.equals(result.get("billable")));
  }

  /**
   * The route the channel table gave: {@code routeTo}, or inside version 2's stored {@code
   * channelPolicy} map.
   */
  static String route(VariableScope scope) {
    Object route = scope.getVariable("routeTo");
    if (route == null && scope.getVariable("channelPolicy") instanceof Map<?, ?> channelPolicy) {
      route = channelPolicy.get("routeTo");
    }
    return route == null ? null : route.toString();
  }

  /**
   * Whether the instance runs version 2 of {@code ticket-intake}, which stored copies of the
   * ticket's facts from its start (its {@code receivedAt} among them) and whole decision results.
   * Such instances finish on their version; the beans keep writing what its model and forms read.
   */
  static boolean isVersion2(VariableScope scope) {
    return TransientVariables.isStored(scope, "receivedAt");
  }
}
