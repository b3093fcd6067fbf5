package dev.supportflow.ticket;

import dev.supportflow.clientrecord.TaskActor;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Step "first response" completed: the analyst's reply to the client is the first response the SLA
 * measures.
 */
@Component("recordFirstResponse")
class RecordFirstResponse implements TaskListener {

  private final TicketRepository tickets;
  private final TicketTimeline timeline;
  private final Clock clock;

  RecordFirstResponse(TicketRepository tickets, TicketTimeline timeline, Clock clock) {
    this.tickets = tickets;
    this.timeline = timeline;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Instant now = clock.instant();
    tickets.recordFirstResponse(timeline.ticketNumber(task), now);
    timeline.record(
        task, "FIRST_RESPONSE", TaskActor.completing(task), (String) task.getVariable("response"));
  }
}
