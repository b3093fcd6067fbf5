package dev.supportflow.billing;

import dev.supportflow.web.ApiException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * The client's answer to a quote: delivered to the waiting {@code billable-work-consent} process, which records
 * who answered, when and through which channel. Callers check first that the client may answer for the subject.
 */
@Service
public class ConsentService {

  static final String MESSAGE = "ConsentAnswered";

  private final QuoteRepository quotes;
  private final RuntimeService runtimeService;

  ConsentService(QuoteRepository quotes, RuntimeService runtimeService) {
    this.quotes = quotes;
    this.runtimeService = runtimeService;
  }

  /** 409 unless a quote of the subject waits for the client's answer. */
  public void answer(String subjectType, String subjectId, boolean accept, String answeredBy, String channel) {
    Quote quote = quotes.latest(subjectType, subjectId).filter(Quote::isPending)
        .orElseThrow(() -> ApiException.conflict("No quote of " + subjectId + " is waiting for an answer."));
    try {
      runtimeService.createMessageCorrelation(MESSAGE)
          .processInstanceBusinessKey(subjectId)
          .setVariable("consentAccepted", accept)
          .setVariable("consentBy", answeredBy)
          .setVariable("consentChannel", channel)
          .correlate();
    } catch (MismatchingMessageCorrelationException e) {
      throw ApiException.conflict("The quote of " + subjectId + " is no longer waiting for an answer (valid until "
          + quote.validUntil() + ").");
    }
  }
}
