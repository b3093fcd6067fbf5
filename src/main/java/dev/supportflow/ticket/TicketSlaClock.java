package dev.supportflow.ticket;

import dev.supportflow.calendar.BusinessCalendar;
import dev.supportflow.calendar.BusinessCalendars;
import dev.supportflow.calendar.SlaClock;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The ticket's SLA clock, one concept: it starts when the ticket is opened, pauses while the ticket
 * waits for the client, resumes with every open due time moved later by the time waited, and stops
 * per target as met or breached. Its accounting ({@link TicketSla}) is kept on the ticket row in
 * business minutes of the tenant's calendar, paused time left out. The process steps and the
 * conversation call it; the model decides when.
 */
@Component("ticketSlaClock")
public class TicketSlaClock {

  private final BusinessCalendars calendars;
  private final TicketRepository tickets;

  TicketSlaClock(BusinessCalendars calendars, TicketRepository tickets) {
    this.calendars = calendars;
    this.tickets = tickets;
  }

  /**
   * The first public staff reply: the first-response target stops, met unless its due time passed
   * (or its breach was already recorded). A second call changes nothing.
   */
  void firstResponse(Ticket ticket, Instant at) {
    if (ticket.firstRespondedAt() != null) {
      return;
    }
    tickets.recordFirstResponse(
        ticket.number(),
        at,
        workedMinutes(ticket, at),
        met(ticket.firstResponseDueAt(), ticket.sla().firstResponseMet(), at));
  }

  /** C-3: a due time passed while the clock ran. */
  void breach(Ticket ticket, SlaTarget target, Instant at) {
    tickets.recordBreach(ticket.number(), target, at);
  }

  /** The ticket waits for the client: {@code WAITING_FOR_CLIENT}, the clock paused. */
  void pause(Ticket ticket, Instant at) {
    tickets.pauseSla(ticket.number(), at);
  }

  /**
   * The client answered: {@code OPEN}, and the open due time (the resolution's: a wait follows the
   * first response) moves later by the time waited, counted on its own clock (business hours or
   * 24x7). Returns the new resolution due time, null when there is none.
   */
  Instant resume(Ticket ticket, Instant at) {
    Instant since = ticket.sla().pausedSince() == null ? at : ticket.sla().pausedSince();
    BusinessCalendar calendar = calendars.forTenant(ticket.tenant());
    Instant due = ticket.resolutionDueAt();
    if (due != null && ticket.sla().resolutionMet() == null) {
      SlaClock clock = resolutionClock(ticket);
      due = calendar.add(due, calendar.between(since, at, clock), clock);
    }
    tickets.resumeSla(ticket.number(), businessMinutes(calendar, since, at), due, at);
    return due;
  }

  /** The ticket is resolved: the resolution target stops, met unless its due time passed. */
  void resolve(Ticket ticket, Instant at) {
    tickets.resolve(
        ticket.number(),
        at,
        workedMinutes(ticket, at),
        met(ticket.resolutionDueAt(), ticket.sla().resolutionMet(), at));
  }

  /**
   * The client wrote within the reopen window: {@code OPEN} again with a new resolution due time
   * counted from now with the ticket's resolution target; the time it spent resolved does not
   * count. Returns the new due time, null when the ticket has no resolution target.
   */
  Instant reopen(Ticket ticket, Instant at) {
    BusinessCalendar calendar = calendars.forTenant(ticket.tenant());
    Duration target = ticket.sla().resolutionTarget();
    Instant due = target == null ? null : calendar.add(at, target, resolutionClock(ticket));
    Instant resolvedAt = ticket.resolvedAt() == null ? at : ticket.resolvedAt();
    tickets.reopen(ticket.number(), businessMinutes(calendar, resolvedAt, at), due, at);
    return due;
  }

  /**
   * Whether the resolution task gets its timer: a due time is set and the target not yet breached
   * (an escalation already raised is not raised again after a wait).
   */
  public boolean resolutionTimerApplies(DelegateExecution execution) {
    if (execution.getVariable("resolutionDueAt") == null) {
      return false;
    }
    long number = tickets.recordType().numberOf(execution.getProcessBusinessKey());
    return tickets.find(number).map(t -> t.sla().resolutionMet() == null).orElse(true);
  }

  /** Business minutes from the clock's start to {@code at}, paused time left out. */
  private Long workedMinutes(Ticket ticket, Instant at) {
    if (ticket.sla().startedAt() == null) {
      return null;
    }
    BusinessCalendar calendar = calendars.forTenant(ticket.tenant());
    long minutes = businessMinutes(calendar, ticket.sla().startedAt(), at);
    return Math.max(0, minutes - ticket.sla().pausedBusinessMinutes());
  }

  private static long businessMinutes(BusinessCalendar calendar, Instant from, Instant to) {
    return calendar.businessTimeBetween(from, to).toMinutes();
  }

  private static Boolean met(Instant due, Boolean alreadyMet, Instant at) {
    if (due == null) {
      return null;
    }
    return !Boolean.FALSE.equals(alreadyMet) && !at.isAfter(due);
  }

  private static SlaClock resolutionClock(Ticket ticket) {
    SlaClock clock = ticket.sla().resolutionClock();
    return clock == null ? SlaClock.BUSINESS_HOURS : clock;
  }
}
