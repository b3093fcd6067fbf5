package dev.supportflow.billing;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "withdraw quote": the work no longer needs the client's consent (e.g. the desk opened
 * first). Models name the subject in the expression ({@code ${withdrawQuote.withdraw('TICKET',
 * execution.processBusinessKey)}}); earlier versions passed it as the input variables {@code
 * subjectType} and {@code subjectId}.
 */
@Component("withdrawQuote")
public class WithdrawQuote implements JavaDelegate {

  private final QuoteRepository quotes;
  private final BillableSubjects subjects;
  private final Clock clock;

  WithdrawQuote(QuoteRepository quotes, BillableSubjects subjects, Clock clock) {
    this.quotes = quotes;
    this.subjects = subjects;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    withdraw(
        (String) execution.getVariable("subjectType"), (String) execution.getVariable("subjectId"));
  }

  public void withdraw(String subjectType, String subjectId) {
    quotes
        .latest(subjectType, subjectId)
        .filter(Quote::isPending)
        .ifPresent(
            quote -> {
              quotes.answer(quote.quoteId(), "WITHDRAWN", null, null, clock.instant());
              subjects
                  .of(subjectType)
                  .recordEvent(subjectId, clock.instant(), "QUOTE_WITHDRAWN", null, null);
            });
  }
}
