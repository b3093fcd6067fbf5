package dev.supportflow.ticket;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The ticket row a process step works on: the instance's business key names it. */
@Component
class TicketSteps {

  private final TicketRepository tickets;
  private final TicketTimeline timeline;

  TicketSteps(TicketRepository tickets, TicketTimeline timeline) {
    this.tickets = tickets;
    this.timeline = timeline;
  }

  Ticket ticket(DelegateExecution execution) {
    long number = timeline.ticketNumber(execution);
    return tickets.find(number).orElseThrow(() -> new IllegalStateException("No ticket " + number));
  }
}
