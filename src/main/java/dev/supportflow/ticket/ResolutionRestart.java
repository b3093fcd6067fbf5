package dev.supportflow.ticket;

import dev.supportflow.calendar.BusinessCalendars;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two steps that set the ticket {@code OPEN} again with a new resolution due time, which the
 * resolution task's new timer reads from the instance's {@code resolutionDueAt} (stored when the
 * ticket has a resolution target):
 *
 * <ul>
 *   <li>{@code resumeSlaClock}: the client answered a question; the due time moves later by the
 *       business time waited;
 *   <li>{@code reopenTicket}: the client wrote within the reopen window; the due time counts from
 *       now.
 * </ul>
 */
class ResolutionRestart implements JavaDelegate {

  /** How the SLA clock finds the new resolution due time (null: no resolution target). */
  interface NewDueTime {
    Instant of(TicketSlaClock sla, Ticket ticket, Instant now);
  }

  @Configuration
  static class Steps {

    @Bean("resumeSlaClock")
    ResolutionRestart resumeSlaClock(
        TicketSteps steps,
        TicketSlaClock sla,
        TicketTimeline timeline,
        BusinessCalendars calendars,
        Clock clock) {
      return new ResolutionRestart(
          steps,
          sla,
          timeline,
          calendars,
          clock,
          TicketSlaClock::resume,
          "CLIENT_ANSWERED",
          "Prazo de SLA retomado; solução: ");
    }

    @Bean("reopenTicket")
    ResolutionRestart reopenTicket(
        TicketSteps steps,
        TicketSlaClock sla,
        TicketTimeline timeline,
        BusinessCalendars calendars,
        Clock clock) {
      return new ResolutionRestart(
          steps,
          sla,
          timeline,
          calendars,
          clock,
          TicketSlaClock::reopen,
          "REOPENED",
          "Nova solução: ");
    }
  }

  private final TicketSteps steps;
  private final TicketSlaClock sla;
  private final TicketTimeline timeline;
  private final BusinessCalendars calendars;
  private final Clock clock;
  private final NewDueTime newDueTime;
  private final String kind;
  private final String detail;

  private ResolutionRestart(
      TicketSteps steps,
      TicketSlaClock sla,
      TicketTimeline timeline,
      BusinessCalendars calendars,
      Clock clock,
      NewDueTime newDueTime,
      String kind,
      String detail) {
    this.steps = steps;
    this.sla = sla;
    this.timeline = timeline;
    this.calendars = calendars;
    this.clock = clock;
    this.newDueTime = newDueTime;
    this.kind = kind;
    this.detail = detail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Ticket ticket = steps.ticket(execution);
    Instant due = newDueTime.of(sla, ticket, clock.instant());
    if (due != null) {
      execution.setVariable("resolutionDueAt", Date.from(due));
    }
    timeline.record(
        execution,
        kind,
        ticket.clientId(),
        detail + OpenTicket.human(calendars.forTenant(ticket.tenant()), due));
  }
}
