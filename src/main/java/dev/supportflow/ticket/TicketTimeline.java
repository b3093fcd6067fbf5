package dev.supportflow.ticket;

import java.time.Clock;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** The ticket a process step works on, and the timeline entry it leaves. Shared by the step beans. */
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

  long ticketNumber(VariableScope scope) {
    String id = (String) scope.getVariable("ticketId");
    return ids.parse(id).orElseThrow(() -> new IllegalStateException("Not a ticket id: " + id));
  }

  void record(VariableScope scope, String kind, String actor, String detail) {
    tickets.addEvent(ticketNumber(scope), clock.instant(), kind, Optional.ofNullable(actor).orElse("system"),
        detail);
  }
}
