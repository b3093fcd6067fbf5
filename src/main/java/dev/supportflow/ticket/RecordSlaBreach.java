package dev.supportflow.ticket;

import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Step "record SLA breach" (C-3): a due time passed without the work being done. Counted in the
 * {@code supportflow.sla.breaches} metric and written to the timeline; the work itself goes on. The
 * model names the target in the expression ({@code ${recordSlaBreach.record(execution,
 * 'FIRST_RESPONSE')}}); version 2 of the model passed it as the input variable {@code slaTarget}.
 */
@Component("recordSlaBreach")
public class RecordSlaBreach implements JavaDelegate {

  static final String METRIC = "supportflow.sla.breaches";

  private static final Logger log = LoggerFactory.getLogger(RecordSlaBreach.class);

  private final MeterRegistry meters;
  private final TicketTimeline timeline;

  RecordSlaBreach(MeterRegistry meters, TicketTimeline timeline) {
    this.meters = meters;
    this.timeline = timeline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    record(execution, (String) execution.getVariable("slaTarget"));
  }

  public void record(DelegateExecution execution, String target) {
    meters.counter(METRIC, "tenant", execution.getTenantId(), "target", target).increment();
    timeline.record(execution, "SLA_BREACHED", null, target);
    log.info("SLA target {} breached", target);
  }
}
