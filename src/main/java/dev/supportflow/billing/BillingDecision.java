package dev.supportflow.billing;

import dev.supportflow.policy.DecisionResults;
import dev.supportflow.policy.TransientVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the tenant's {@code billing} table decided, as the processes keep it (end listeners of their
 * business rule tasks, which set no result variable). {@code billable}, for the gateway that
 * follows, and the whole result ({@code billing}, for drafting the quote) are transient; the
 * consent gate stores {@code quoteValidity}, which it reads when the quote is published, after the
 * account manager's task. Instances started on earlier model versions stored {@code billing} as a
 * map; the quote steps read either.
 */
@Component("billingDecision")
public class BillingDecision {

  /** {@code billable-work-consent}: the quote's terms. */
  public void quoteTerms(DelegateExecution execution) {
    Map<String, Object> result = DecisionResults.single(execution, "billing");
    boolean billable = Boolean.TRUE.equals(result.get("billable"));
    TransientVariables.set(execution, "billing", result);
    TransientVariables.set(execution, "billable", billable);
    if (billable) {
      execution.setVariable("quoteValidity", result.get("quoteValidity"));
    }
  }

  /** A process that only asks whether the work is billed (the quote's terms are the gate's). */
  public void billable(DelegateExecution execution) {
    Map<String, Object> result = DecisionResults.single(execution, "billing");
    TransientVariables.set(execution, "billable", Boolean.TRUE.equals(result.get("billable")));
  }
}
