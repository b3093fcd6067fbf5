package dev.supportflow.billing;

import java.time.Instant;

/**
 * Something billable work is quoted for: a ticket worked out of hours, a meeting, a training, an
 * intervention. Each feature registers one as a Spring bean; the {@code billable-work-consent}
 * process tells it where its quote stands and leaves entries on its timeline.
 */
public interface BillableSubject {

  /**
   * The value of the process variable {@code subjectType} this subject answers to: TICKET, MEETING…
   */
  String type();

  /**
   * The subject's status becomes AWAITING_QUOTE or AWAITING_CONSENT while its quote is prepared and
   * answered.
   */
  void statusChanged(String subjectId, String status, Instant at);

  /**
   * The client is told what happens now (the billing table's notice: a quote is coming, nothing
   * starts before).
   */
  default void noticeClient(String subjectId, String notice, Instant at) {}

  /**
   * Whether a channel gateway may relay the client's answer to a quote (tickets); else only the
   * client answers.
   */
  default boolean takesAnswersFromGateways() {
    return false;
  }

  /** An entry on the subject's timeline: QUOTE_REQUESTED, QUOTE_READY, CONSENT_ACCEPTED… */
  void recordEvent(String subjectId, Instant at, String kind, String actor, String detail);
}
