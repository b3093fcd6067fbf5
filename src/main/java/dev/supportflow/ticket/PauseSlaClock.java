package dev.supportflow.ticket;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "pause the SLA clock": staff asked the client something; the ticket is {@code
 * WAITING_FOR_CLIENT} and its clock paused until the client answers. Who asked comes with the
 * message that led here ({@code askedBy}, transient).
 */
@Component("pauseSlaClock")
class PauseSlaClock implements JavaDelegate {

  private final TicketSteps steps;
  private final TicketSlaClock sla;
  private final TicketTimeline timeline;
  private final TicketDisplay display;
  private final Clock clock;

  PauseSlaClock(
      TicketSteps steps,
      TicketSlaClock sla,
      TicketTimeline timeline,
      TicketDisplay display,
      Clock clock) {
    this.steps = steps;
    this.sla = sla;
    this.timeline = timeline;
    this.display = display;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sla.pause(steps.ticket(execution), clock.instant());
    timeline.record(
        execution,
        "WAITING_FOR_CLIENT",
        (String) execution.getVariable("askedBy"),
        "Aguardando resposta do cliente; prazo de SLA pausado.");
    display.refresh(execution); // tasks still open (an escalation) show that the ticket waits
  }
}
