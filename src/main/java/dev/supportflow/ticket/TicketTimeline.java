package dev.supportflow.ticket;

import java.time.Clock;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The ticket a process step works on, and the timeline entry it leaves. Shared by the step beans. The ticket is
 * the process instance's business key (its id, {@code LEI-000123}), in every version of the model.
 */
@Component
class TicketTimeline {

  private final TicketRepository tickets;
  private final TicketIds ids;
  private final Clock clock;

  TicketTimeline(TicketRepository tickets, TicketIds ids, Clock clock) {
    this.tickets = tickets;
    this.ids = ids;
    this.clock = clock;
  }

  long ticketNumber(DelegateExecution execution) {
    return number(execution.getProcessBusinessKey());
  }

  long ticketNumber(DelegateTask task) {
    return ticketNumber(task.getExecution());
  }

  long number(String ticketId) {
    return ids.parse(ticketId).orElseThrow(() -> new IllegalStateException("Not a ticket id: " + ticketId));
  }

  void record(DelegateExecution execution, String kind, String actor, String detail) {
    add(ticketNumber(execution), kind, actor, detail);
  }

  void record(DelegateTask task, String kind, String actor, String detail) {
    add(ticketNumber(task), kind, actor, detail);
  }

  private void add(long number, String kind, String actor, String detail) {
    tickets.addEvent(number, clock.instant(), kind, Optional.ofNullable(actor).orElse("system"), detail);
  }
}
