package dev.supportflow.intervention;

/**
 * REQUESTED only inside the creating transaction; AWAITING_QUOTE and AWAITING_CONSENT while
 * billable work is quoted and answered; SCHEDULED for the agreed time; RESOLVED when the analyst
 * reports the work done; CLOSED when the client declined the quote or let it expire.
 */
public enum InterventionStatus {
  REQUESTED,
  AWAITING_QUOTE,
  AWAITING_CONSENT,
  SCHEDULED,
  RESOLVED,
  CLOSED
}
