package dev.supportflow.ticket;

import dev.supportflow.calendar.BusinessCalendars;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "resume the SLA clock": the client answered; the ticket is {@code OPEN} again and its
 * resolution due time moves later by the time waited. The instance's {@code resolutionDueAt}
 * (stored when the ticket has a resolution target) follows, so the resolution task's new timer
 * fires at the moved time.
 */
@Component("resumeSlaClock")
class ResumeSlaClock implements JavaDelegate {

  private final TicketSteps steps;
  private final TicketSlaClock sla;
  private final TicketTimeline timeline;
  private final BusinessCalendars calendars;
  private final Clock clock;

  ResumeSlaClock(
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
    Instant due = sla.resume(ticket, clock.instant());
    if (due != null) {
      execution.setVariable("resolutionDueAt", Date.from(due));
    }
    timeline.record(
        execution,
        "CLIENT_ANSWERED",
        ticket.clientId(),
        "Prazo de SLA retomado; solução: "
            + OpenTicket.human(calendars.forTenant(ticket.tenant()), due));
  }
}
