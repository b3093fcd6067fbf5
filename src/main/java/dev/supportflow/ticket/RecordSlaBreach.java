package dev.supportflow.ticket;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Step "record SLA breach" (C-3): a due time passed without the work being done. Counted in the
 * {@code supportflow.sla.breaches} metric, marked breached on the ticket row (its SLA clock) and
 * written to the timeline; the supervisors' escalation task that follows is announced ({@link
 * SlaEscalated}: their e-mail); the work itself goes on. The model names the target in the
 * expression ({@code ${recordSlaBreach.record(execution, 'FIRST_RESPONSE')}}); version 2 of the
 * model passed it as the input variable {@code slaTarget}.
 */
@Component("recordSlaBreach")
public class RecordSlaBreach implements JavaDelegate {

  static final String METRIC = "supportflow.sla.breaches";

  private static final Logger log = LoggerFactory.getLogger(RecordSlaBreach.class);

  private final MeterRegistry meters;
  private final TicketTimeline timeline;
  private final TicketRepository tickets;
  private final TicketEvents events;
  private final Clock clock;

  RecordSlaBreach(
      MeterRegistry meters,
      TicketTimeline timeline,
      TicketRepository tickets,
      TicketEvents events,
      Clock clock) {
    this.meters = meters;
    this.timeline = timeline;
    this.tickets = tickets;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    record(execution, (String) execution.getVariable("slaTarget"));
  }

  public void record(DelegateExecution execution, String target) {
    meters.counter(METRIC, "tenant", execution.getTenantId(), "target", target).increment();
    tickets.recordBreach(
        timeline.ticketNumber(execution), SlaTarget.valueOf(target), clock.instant());
    timeline.record(execution, "SLA_BREACHED", null, target);
    events.publish(
        new SlaEscalated(
            events.headline(execution),
            target,
            Boolean.TRUE.equals(execution.getVariable("emergency"))));
    log.info("SLA target {} breached", target);
  }
}
