package dev.supportflow.ticket;

import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "record triage" (C-1): what the emergency, channel and scope tables decided goes onto the
 * ticket row, with the reply the client gets: the scope table's when it has one for an accepted
 * contact, else the channel table's.
 */
@Component("recordTriage")
class RecordTriage implements JavaDelegate {

  private final TicketRepository tickets;
  private final TicketTimeline timeline;
  private final Clock clock;

  RecordTriage(TicketRepository tickets, TicketTimeline timeline, Clock clock) {
    this.tickets = tickets;
    this.timeline = timeline;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean emergency = Boolean.TRUE.equals(execution.getVariable("emergency"));
    boolean outOfHours = Boolean.TRUE.equals(execution.getVariable("outOfHours"));
    Map<String, Object> channel = decision(execution, "channelPolicy");
    Map<String, Object> scope = decision(execution, "scopeTriage");
    boolean accepted =
        !"REJECT".equals(channel.get("channelOutcome"))
            && !"IGNORE".equals(channel.get("channelOutcome"));
    String reply =
        accepted && scope.get("scopeReply") != null
            ? (String) scope.get("scopeReply")
            : (String) channel.get("reply");

    tickets.recordTriage(
        timeline.ticketNumber(execution), emergency, outOfHours, reply, clock.instant());
    timeline.record(
        execution,
        "TRIAGED",
        null,
        "emergency=%s, outOfHours=%s, channel=%s (%s), routeTo=%s, scope=%s (%s), workItem=%s"
            .formatted(
                emergency,
                outOfHours,
                channel.get("channelOutcome"),
                channel.get("channelRule"),
                channel.get("routeTo"),
                scope.get("scopeOutcome"),
                scope.get("scopeRule"),
                scope.get("workItem")));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> decision(DelegateExecution execution, String variable) {
    Object value = execution.getVariable(variable);
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalStateException("The decision behind '" + variable + "' gave no result");
    }
    return (Map<String, Object>) map;
  }
}
