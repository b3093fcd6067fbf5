package dev.supportflow.ticket;

/** Where one SLA target of a ticket stands (first response or resolution). */
public enum SlaState {
  /** No target: no SLA applies, or the table gives none, or the ticket is not worked yet. */
  NONE,
  RUNNING,
  /** The ticket waits for the client; the due time moves later by the business time waited. */
  PAUSED,
  MET,
  BREACHED
}
