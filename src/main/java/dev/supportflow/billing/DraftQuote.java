package dev.supportflow.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "draft quote": pre-fills the account manager's quote from the tenant's {@code billing} table
 * (rate, minimum hours) and the requested hours; the subject is AWAITING_QUOTE.
 */
@Component("draftQuote")
class DraftQuote implements JavaDelegate {

  private final BillableSubjects subjects;
  private final Clock clock;

  DraftQuote(BillableSubjects subjects, Clock clock) {
    this.subjects = subjects;
    this.clock = clock;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    Map<String, Object> billing = (Map<String, Object>) execution.getVariable("billing");
    BigDecimal minimum = decimal(billing.get("minimumHours"));
    BigDecimal requested = decimal(execution.getVariable("estimatedHours"));
    BigDecimal hours = requested.max(minimum);
    execution.setVariable("quoteHours", hours.doubleValue());
    execution.setVariable("quoteHourlyRate", decimal(billing.get("hourlyRate")).doubleValue());
    execution.setVariable("quoteCurrency", billing.get("currency"));

    BillableSubject subject = subjects.of((String) execution.getVariable("subjectType"));
    String subjectId = (String) execution.getVariable("subjectId");
    subject.statusChanged(subjectId, "AWAITING_QUOTE", clock.instant());
    if (billing.get("quoteNotice") != null) {
      subject.noticeClient(subjectId, (String) billing.get("quoteNotice"), clock.instant());
    }
    subject.recordEvent(
        subjectId,
        clock.instant(),
        "QUOTE_REQUESTED",
        null,
        "%s: %s h a %s %s/h (%s)"
            .formatted(
                execution.getVariable("workKind"),
                hours,
                billing.get("hourlyRate"),
                billing.get("currency"),
                billing.get("billingRule")));
  }

  static BigDecimal decimal(Object value) {
    if (value == null) {
      return BigDecimal.ZERO;
    }
    return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
  }
}
