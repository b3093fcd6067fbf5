package dev.supportflow.billing;

import dev.supportflow.security.Caller;
import dev.supportflow.web.ApiException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * The client's answer to a quote, for every billable subject: delivered to the waiting {@code
 * billable-work-consent} process, which records who answered, when and through which channel.
 * Callers check first that the caller may read the subject.
 */
@Service
public class ConsentService {

  static final String MESSAGE = "ConsentAnswered";

  private final QuoteRepository quotes;
  private final BillableSubjects subjects;
  private final RuntimeService runtimeService;

  ConsentService(QuoteRepository quotes, BillableSubjects subjects, RuntimeService runtimeService) {
    this.quotes = quotes;
    this.subjects = subjects;
    this.runtimeService = runtimeService;
  }

  /**
   * 403 unless the caller is the client (or, where the subject takes them, a gateway relaying the
   * client's answer); 409 unless a quote of the subject waits for the answer.
   */
  public void answer(Caller caller, String subjectType, String subjectId, boolean accept) {
    boolean relayed = caller.isGateway() && subjects.of(subjectType).takesAnswersFromGateways();
    if (!caller.isClient() && !relayed) {
      throw ApiException.forbidden("Only the client of " + subjectId + " answers its quote.");
    }
    Quote quote =
        quotes
            .latest(subjectType, subjectId)
            .filter(Quote::isPending)
            .orElseThrow(
                () ->
                    ApiException.conflict(
                        "No quote of " + subjectId + " is waiting for an answer."));
    try {
      runtimeService
          .createMessageCorrelation(MESSAGE)
          .processInstanceBusinessKey(subjectId)
          .setVariable("consentAccepted", accept)
          .setVariable("consentBy", caller.userId())
          .setVariable("consentChannel", caller.isGateway() ? "GATEWAY" : "API")
          .correlate();
    } catch (MismatchingMessageCorrelationException e) {
      throw ApiException.conflict(
          "The quote of "
              + subjectId
              + " is no longer waiting for an answer (valid until "
              + quote.validUntil()
              + ").");
    }
  }
}
