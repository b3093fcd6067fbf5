package dev.supportflow.ticket;

/** The statuses of API.md. The process moves a ticket between them; the row records where it is. */
public enum TicketStatus {
  OPEN,
  QUEUED,
  AWAITING_QUOTE,
  AWAITING_CONSENT,
  SCHEDULED,
  RESOLVED,
  CLOSED,
  REJECTED,
  OUT_OF_SCOPE,
  IGNORED;

  public boolean isFinal() {
    return this == RESOLVED
        || this == CLOSED
        || this == REJECTED
        || this == OUT_OF_SCOPE
        || this == IGNORED;
  }
}
