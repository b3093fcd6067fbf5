package dev.supportflow.ticket;

import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "record SLA targets": whether an SLA applies, and which row decided it, go onto the ticket.
 */
@Component("recordSlaTargets")
class RecordSlaTargets implements JavaDelegate {

  private final TicketRepository tickets;
  private final TicketTimeline timeline;
  private final Clock clock;

  RecordSlaTargets(TicketRepository tickets, TicketTimeline timeline, Clock clock) {
    this.tickets = tickets;
    this.timeline = timeline;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> sla = SlaTargets.of(execution);
    boolean slaApplies = Boolean.TRUE.equals(sla.get("slaApplies"));
    String slaRule = (String) sla.get("slaRule");
    tickets.recordSlaTargets(
        timeline.ticketNumber(execution), slaApplies, slaRule, clock.instant());
    timeline.record(
        execution, "SLA_DECIDED", null, "slaApplies=%s, slaRule=%s".formatted(slaApplies, slaRule));
  }
}
