package dev.supportflow.ticket;

import dev.supportflow.clientrecord.TaskActor;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Step "first response" completed: the analyst's reply to the client is the first response the SLA
 * measures; the clock's first-response target stops. Completed in Tasklist, the form's {@code
 * response} becomes the conversation's public staff message; completed by a reply through the API
 * ({@link Conversation}), that reply is already the message ({@code replyRecorded}, transient).
 */
@Component("recordFirstResponse")
class RecordFirstResponse implements TaskListener {

  static final String REPLY_RECORDED = "replyRecorded";

  private final TicketSteps steps;
  private final TicketSlaClock sla;
  private final TicketMessages messages;
  private final TicketTimeline timeline;
  private final TicketEvents events;
  private final Clock clock;

  RecordFirstResponse(
      TicketSteps steps,
      TicketSlaClock sla,
      TicketMessages messages,
      TicketTimeline timeline,
      TicketEvents events,
      Clock clock) {
    this.steps = steps;
    this.sla = sla;
    this.messages = messages;
    this.timeline = timeline;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Instant now = clock.instant();
    Ticket ticket = steps.ticket(task.getExecution());
    String actor = TaskActor.completing(task);
    String response = (String) task.getVariable("response");
    if (!Boolean.TRUE.equals(task.getVariable(REPLY_RECORDED)) && response != null) {
      messages.add(
          ticket.number(),
          actor == null ? "system" : actor,
          TicketMessage.Role.STAFF,
          TicketMessage.Visibility.PUBLIC,
          response,
          now);
      events.publish(new StaffReplied(events.headline(ticket), response, false));
    }
    sla.firstResponse(ticket, now);
    timeline.record(task, "FIRST_RESPONSE", actor, response);
  }
}
