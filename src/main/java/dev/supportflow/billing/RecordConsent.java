package dev.supportflow.billing;

import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "record consent": ACCEPTED, DECLINED (the client's answer, who and through which channel) or
 * EXPIRED (no answer before the quote's validity ended). The outcome goes back to the calling
 * process as {@code consentOutcome}.
 */
@Component("recordConsent")
class RecordConsent implements JavaDelegate {

  private final QuoteRepository quotes;
  private final BillableSubjects subjects;
  private final Clock clock;

  RecordConsent(QuoteRepository quotes, BillableSubjects subjects, Clock clock) {
    this.quotes = quotes;
    this.subjects = subjects;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String outcome = (String) execution.getVariable("outcome");
    String answeredBy =
        "EXPIRED".equals(outcome) ? null : (String) execution.getVariable("consentBy");
    String channel =
        "EXPIRED".equals(outcome) ? null : (String) execution.getVariable("consentChannel");
    Instant now = clock.instant();
    quotes.answer(
        ((Number) execution.getVariable("quoteId")).longValue(), outcome, answeredBy, channel, now);
    execution.setVariable("consentOutcome", outcome);
    subjects
        .of((String) execution.getVariable("subjectType"))
        .recordEvent(
            (String) execution.getVariable("subjectId"),
            now,
            "CONSENT_" + outcome,
            answeredBy,
            channel == null ? null : "canal " + channel);
  }
}
