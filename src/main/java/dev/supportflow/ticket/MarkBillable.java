package dev.supportflow.ticket;

import dev.supportflow.policy.TransientVariables;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "mark billable" (L-4.3): the client accepted the quote; the ticket is billable and its SLA
 * starts now. The row says so; the SLA table (input {@code billable}) and the SLA clock ({@code
 * slaStartsAt}) read it in this same transaction, as transient variables.
 */
@Component("markBillable")
class MarkBillable implements JavaDelegate {

  private final TicketRepository tickets;
  private final TicketTimeline timeline;
  private final Clock clock;

  MarkBillable(TicketRepository tickets, TicketTimeline timeline, Clock clock) {
    this.tickets = tickets;
    this.timeline = timeline;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = clock.instant();
    TransientVariables.set(execution, "billable", true);
    TransientVariables.set(execution, "slaStartsAt", Date.from(now));
    tickets.markBillable(timeline.ticketNumber(execution), now);
    timeline.record(
        execution, "BILLABLE", null, "Atendimento fora do horário autorizado pelo cliente");
  }
}
