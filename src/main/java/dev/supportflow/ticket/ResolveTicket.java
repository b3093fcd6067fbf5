package dev.supportflow.ticket;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "ticket resolved": the ticket row becomes RESOLVED with the analyst's resolution in the
 * timeline, and the SLA clock's resolution target stops (met or breached, in business minutes). A
 * service task since version 5 of the model (the ticket then waits for its reopen window); the end
 * event's listener of earlier versions.
 */
@Component("resolveTicket")
class ResolveTicket implements JavaDelegate, ExecutionListener {

  private final TicketSteps steps;
  private final TicketSlaClock sla;
  private final TicketTimeline timeline;
  private final Clock clock;

  ResolveTicket(TicketSteps steps, TicketSlaClock sla, TicketTimeline timeline, Clock clock) {
    this.steps = steps;
    this.sla = sla;
    this.timeline = timeline;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notify(execution);
  }

  @Override
  public void notify(DelegateExecution execution) {
    sla.resolve(steps.ticket(execution), clock.instant());
    timeline.record(
        execution,
        "RESOLVED",
        (String) execution.getVariable("lastCompletedBy"),
        (String) execution.getVariable("resolution"));
  }
}
