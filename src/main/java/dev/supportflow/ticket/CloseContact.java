package dev.supportflow.ticket;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Ends a contact that does not become (or no longer is) a ticket to work: refused, ignored, out of
 * scope, or handed to the client's dedicated team. The status is named by the BPMN end event that
 * calls it.
 */
@Component("closeContact")
public class CloseContact {

  private final TicketRepository tickets;
  private final TicketTimeline timeline;
  private final Clock clock;

  CloseContact(TicketRepository tickets, TicketTimeline timeline, Clock clock) {
    this.tickets = tickets;
    this.timeline = timeline;
    this.clock = clock;
  }

  public void close(DelegateExecution execution, String status) {
    TicketStatus closed = TicketStatus.valueOf(status);
    tickets.updateStatus(timeline.ticketNumber(execution), closed, clock.instant());
    timeline.record(
        execution,
        closed.name(),
        (String) execution.getVariable("lastCompletedBy"),
        (String) execution.getVariable("formalTicketRef"));
  }
}
