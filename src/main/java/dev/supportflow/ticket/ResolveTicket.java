package dev.supportflow.ticket;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "ticket resolved": the ticket row becomes RESOLVED with the analyst's resolution in the
 * timeline, and the SLA clock's resolution target stops (met or breached, in business minutes). A
 * service task since version 5 of the model; the client is told ({@link TicketResolved}) (the
 * ticket then waits for its reopen window); the end event's listener of earlier versions.
 */
@Component("resolveTicket")
class ResolveTicket implements JavaDelegate, ExecutionListener {

  private final TicketSteps steps;
  private final TicketSlaClock sla;
  private final TicketTimeline timeline;
  private final TicketEvents events;
  private final Clock clock;

  ResolveTicket(
      TicketSteps steps,
      TicketSlaClock sla,
      TicketTimeline timeline,
      TicketEvents events,
      Clock clock) {
    this.steps = steps;
    this.sla = sla;
    this.timeline = timeline;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notify(execution);
  }

  @Override
  public void notify(DelegateExecution execution) {
    Ticket ticket = steps.ticket(execution);
    String resolution = (String) execution.getVariable("resolution");
    sla.resolve(ticket, clock.instant());
    timeline.record(
        execution, "RESOLVED", (String) execution.getVariable("lastCompletedBy"), resolution);
    events.publish(new TicketResolved(events.headline(ticket), resolution));
  }
}
