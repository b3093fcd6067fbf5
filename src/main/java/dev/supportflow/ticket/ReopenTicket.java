package dev.supportflow.ticket;

import dev.supportflow.calendar.BusinessCalendars;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "reopen the ticket": the client wrote within the reopen window; the ticket is {@code OPEN}
 * with a new resolution due time counted from now, which the resolution task's timer reads.
 */
@Component("reopenTicket")
class ReopenTicket implements JavaDelegate {

  private final TicketSteps steps;
  private final TicketSlaClock sla;
  private final TicketTimeline timeline;
  private final BusinessCalendars calendars;
  private final Clock clock;

  ReopenTicket(
      TicketSteps steps,
      TicketSlaClock sla,
      TicketTimeline timeline,
      BusinessCalendars calendars,
      Clock clock) {
    this.steps = steps;
    this.sla = sla;
    this.timeline = timeline;
    this.calendars = calendars;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Ticket ticket = steps.ticket(execution);
    Instant due = sla.reopen(ticket, clock.instant());
    if (due != null) {
      execution.setVariable("resolutionDueAt", Date.from(due));
    }
    timeline.record(
        execution,
        "REOPENED",
        ticket.clientId(),
        "Nova solução: " + OpenTicket.human(calendars.forTenant(ticket.tenant()), due));
  }
}
