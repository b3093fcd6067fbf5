package dev.supportflow.ticket;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes what happened to a ticket, inside the transaction of the change, so a listener (the
 * mail outbox) writes in that transaction and commits or rolls back with it.
 */
@Component
class TicketEvents {

  private final ApplicationEventPublisher publisher;
  private final TicketSteps steps;
  private final TicketIds ids;

  TicketEvents(ApplicationEventPublisher publisher, TicketSteps steps, TicketIds ids) {
    this.publisher = publisher;
    this.steps = steps;
    this.ids = ids;
  }

  void publish(Object event) {
    publisher.publishEvent(event);
  }

  TicketHeadline headline(Ticket ticket) {
    return new TicketHeadline(
        ids.format(ticket.tenant(), ticket.number()),
        ticket.tenant(),
        ticket.clientId(),
        ticket.subject());
  }

  /** The ticket a process step works on. */
  TicketHeadline headline(DelegateExecution execution) {
    return headline(steps.ticket(execution));
  }
}
