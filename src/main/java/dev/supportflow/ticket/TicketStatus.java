package dev.supportflow.ticket;

/** The statuses of API.md. The process moves a ticket between them; the row records where it is. */
public enum TicketStatus {
  OPEN,
  /** Staff asked the client something; the SLA clock is paused until the client answers. */
  WAITING_FOR_CLIENT,
  QUEUED,
  AWAITING_QUOTE,
  AWAITING_CONSENT,
  SCHEDULED,
  RESOLVED,
  CLOSED,
  REJECTED,
  OUT_OF_SCOPE,
  IGNORED;

  /** No message is taken any more (API.md: 409). */
  public boolean isClosed() {
    return this == CLOSED || this == REJECTED || this == OUT_OF_SCOPE || this == IGNORED;
  }

  public boolean isFinal() {
    return this == RESOLVED
        || this == CLOSED
        || this == REJECTED
        || this == OUT_OF_SCOPE
        || this == IGNORED;
  }
}
