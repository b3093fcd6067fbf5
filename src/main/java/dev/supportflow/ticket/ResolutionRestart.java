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
@Configuration
class ResolutionRestart {

  /** How the SLA clock finds the new resolution due time (null: no resolution target). */
  private interface NewDueTime {
    Instant of(TicketSlaClock sla, Ticket ticket, Instant now);
  }

  private final TicketSteps steps;
  private final TicketSlaClock sla;
  private final TicketTimeline timeline;
  private final TicketDisplay display;
  private final BusinessCalendars calendars;
  private final Clock clock;

  ResolutionRestart(
      TicketSteps steps,
      TicketSlaClock sla,
      TicketTimeline timeline,
      TicketDisplay display,
      BusinessCalendars calendars,
      Clock clock) {
    this.steps = steps;
    this.sla = sla;
    this.timeline = timeline;
    this.display = display;
    this.calendars = calendars;
    this.clock = clock;
  }

  @Bean("resumeSlaClock")
  JavaDelegate resumeSlaClock() {
    return execution ->
        restart(
            execution,
            TicketSlaClock::resume,
            "CLIENT_ANSWERED",
            "Prazo de SLA retomado; solução: ");
  }

  @Bean("reopenTicket")
  JavaDelegate reopenTicket() {
    return execution -> restart(execution, TicketSlaClock::reopen, "REOPENED", "Nova solução: ");
  }

  private void restart(
      DelegateExecution execution, NewDueTime newDueTime, String kind, String detail) {
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
    display.refresh(
        execution); // tasks still open (an escalation) no longer show the ticket waiting
  }
}
