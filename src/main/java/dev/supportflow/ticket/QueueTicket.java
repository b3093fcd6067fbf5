package dev.supportflow.ticket;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Step "wait for opening" begins: the ticket is QUEUED and its SLA will count from the next
 * opening.
 */
@Component("queueTicket")
class QueueTicket implements ExecutionListener {

  private final TicketRepository tickets;
  private final TicketTimeline timeline;
  private final Clock clock;

  QueueTicket(TicketRepository tickets, TicketTimeline timeline, Clock clock) {
    this.tickets = tickets;
    this.timeline = timeline;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Date nextOpening = (Date) execution.getVariable("nextOpeningAt");
    execution.setVariable("slaStartsAt", nextOpening);
    tickets.updateStatus(timeline.ticketNumber(execution), TicketStatus.QUEUED, clock.instant());
    timeline.record(execution, "QUEUED", null, "Aguarda a abertura: " + nextOpening.toInstant());
  }
}
