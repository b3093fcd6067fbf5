package dev.supportflow.ticket;

import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step "record decisions": what the tables decided goes onto the ticket row and its timeline. */
@Component("recordIntakeDecisions")
class RecordIntakeDecisions implements JavaDelegate {

  private final TicketRepository tickets;
  private final TicketTimeline timeline;
  private final Clock clock;

  RecordIntakeDecisions(TicketRepository tickets, TicketTimeline timeline, Clock clock) {
    this.tickets = tickets;
    this.timeline = timeline;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean emergency = Boolean.TRUE.equals(execution.getVariable("emergency"));
    boolean outOfHours = Boolean.TRUE.equals(execution.getVariable("outOfHours"));
    Map<String, Object> sla = SlaTargets.of(execution);
    boolean slaApplies = Boolean.TRUE.equals(sla.get("slaApplies"));
    String slaRule = (String) sla.get("slaRule");
    tickets.recordDecisions(timeline.ticketNumber(execution), emergency, outOfHours, slaApplies, slaRule,
        clock.instant());
    timeline.record(execution, "DECIDED", null, "emergency=%s, outOfHours=%s, slaApplies=%s, slaRule=%s"
        .formatted(emergency, outOfHours, slaApplies, slaRule));
  }
}
