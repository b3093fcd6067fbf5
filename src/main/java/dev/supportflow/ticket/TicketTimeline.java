package dev.supportflow.ticket;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The ticket a process step works on, and the timeline entry it leaves. Shared by the step beans.
 * The ticket is the process instance's business key (its id, {@code LEI-000123}), in every version
 * of the model.
 */
@Component
class TicketTimeline {

  private final TicketRepository tickets;
  private final Clock clock;

  TicketTimeline(TicketRepository tickets, Clock clock) {
    this.tickets = tickets;
    this.clock = clock;
  }

  long ticketNumber(DelegateExecution execution) {
    return tickets.recordType().numberOf(execution.getProcessBusinessKey());
  }

  long ticketNumber(DelegateTask task) {
    return ticketNumber(task.getExecution());
  }

  void record(DelegateExecution execution, String kind, String actor, String detail) {
    tickets.addEvent(ticketNumber(execution), clock.instant(), kind, actor, detail);
  }

  void record(DelegateTask task, String kind, String actor, String detail) {
    record(task.getExecution(), kind, actor, detail);
  }
}
