package dev.supportflow.ticket;

import dev.supportflow.calendar.SlaClock;
import java.time.Duration;
import java.time.Instant;

/**
 * The ticket's SLA clock as its row keeps it: when it started (receipt, or the opening a queued or
 * quoted ticket waited for), since when it is paused (waiting for the client), the business minutes
 * it spent paused, and for each target its business minutes and whether it was met (null while
 * running). Business minutes are counted on the tenant's calendar with paused time left out, so a
 * report reads them as they are. The resolution target and its clock are kept to set a new due time
 * when the ticket is reopened.
 */
public record TicketSla(
    Instant startedAt,
    Instant pausedSince,
    long pausedBusinessMinutes,
    Long firstResponseBusinessMinutes,
    Boolean firstResponseMet,
    Long resolutionBusinessMinutes,
    Boolean resolutionMet,
    Duration resolutionTarget,
    SlaClock resolutionClock) {

  static final TicketSla NOT_STARTED =
      new TicketSla(null, null, 0, null, null, null, null, null, null);

  boolean paused() {
    return pausedSince != null;
  }

  /** The state of a target with this due time. */
  SlaState state(Instant dueAt, Boolean met) {
    if (met != null) {
      return met ? SlaState.MET : SlaState.BREACHED;
    }
    if (dueAt == null) {
      return SlaState.NONE;
    }
    return paused() ? SlaState.PAUSED : SlaState.RUNNING;
  }
}
