package dev.supportflow.ticket;

import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Step "ticket resolved": the ticket row becomes RESOLVED with the analyst's resolution in the
 * timeline.
 */
@Component("resolveTicket")
class ResolveTicket implements ExecutionListener {

  private final TicketRepository tickets;
  private final TicketTimeline timeline;
  private final Clock clock;

  ResolveTicket(TicketRepository tickets, TicketTimeline timeline, Clock clock) {
    this.tickets = tickets;
    this.timeline = timeline;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Instant now = clock.instant();
    tickets.resolve(timeline.ticketNumber(execution), now);
    timeline.record(
        execution,
        "RESOLVED",
        (String) execution.getVariable("lastCompletedBy"),
        (String) execution.getVariable("resolution"));
  }
}
