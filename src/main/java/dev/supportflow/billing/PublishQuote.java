package dev.supportflow.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Step "publish quote": the account manager's hours and rate become a stored quote, valid for the
 * period the {@code billing} table gives; the subject is AWAITING_CONSENT, and listeners hear of it
 * ({@link QuotePublished}: the client's e-mail).
 */
@Component("publishQuote")
class PublishQuote implements JavaDelegate {

  private final QuoteRepository quotes;
  private final BillableSubjects subjects;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PublishQuote(
      QuoteRepository quotes,
      BillableSubjects subjects,
      ApplicationEventPublisher events,
      Clock clock) {
    this.quotes = quotes;
    this.subjects = subjects;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BigDecimal hours =
        DraftQuote.decimal(execution.getVariable("quoteHours")).setScale(2, RoundingMode.HALF_UP);
    BigDecimal rate =
        DraftQuote.decimal(execution.getVariable("quoteHourlyRate"))
            .setScale(2, RoundingMode.HALF_UP);
    BigDecimal amount = hours.multiply(rate).setScale(2, RoundingMode.HALF_UP);
    Instant now = clock.instant();
    Instant validUntil = now.plus(Duration.parse(quoteValidity(execution)));
    // A quote for work with a date (a meeting) cannot be answered after that date.
    if (execution.getVariable("quoteDeadline") instanceof Date deadline
        && deadline.toInstant().isBefore(validUntil)) {
      validUntil = deadline.toInstant();
    }
    String preparedBy = (String) execution.getVariable("lastCompletedBy");
    String currency = (String) execution.getVariable("quoteCurrency");
    String subjectType = (String) execution.getVariable("subjectType");
    String subjectId = (String) execution.getVariable("subjectId");

    String tenant = (String) execution.getVariable("tenant");
    String clientId = (String) execution.getVariable("clientId");
    long quoteId =
        quotes.insert(
            tenant,
            clientId,
            subjectType,
            subjectId,
            (String) execution.getVariable("workKind"),
            hours,
            rate,
            amount,
            currency,
            preparedBy,
            now,
            validUntil);
    execution.setVariable("quoteId", quoteId);
    execution.setVariable("quoteAmount", amount.doubleValue());
    execution.setVariable("quoteValidUntil", Date.from(validUntil));

    BillableSubject subject = subjects.of(subjectType);
    subject.statusChanged(subjectId, "AWAITING_CONSENT", now);
    subject.recordEvent(
        subjectId,
        now,
        "QUOTE_READY",
        preparedBy,
        "%s h × %s = %s %s, válido até %s".formatted(hours, rate, amount, currency, validUntil));
    events.publishEvent(
        new QuotePublished(
            tenant, clientId, subjectType, subjectId, hours, rate, amount, currency, validUntil));
  }

  /**
   * How long the quote stays open: stored by the billing table's listener, or in the earlier
   * models' map.
   */
  private static String quoteValidity(DelegateExecution execution) {
    Object validity = execution.getVariable("quoteValidity");
    if (validity == null && execution.getVariable("billing") instanceof Map<?, ?> billing) {
      validity = billing.get("quoteValidity");
    }
    if (validity == null) {
      throw new IllegalStateException(
          "The billing table gave no quote validity for " + execution.getProcessBusinessKey());
    }
    return validity.toString();
  }
}
