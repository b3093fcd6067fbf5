package dev.supportflow.ticket;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The due dates of the ticket's tasks, read from the ticket row (the process keeps no copy): a
 * task's {@code camunda:dueDate} names the promise it works towards, so Tasklist sorts by it and
 * marks what is overdue. No promise (no SLA, or no resolution target) is no due date.
 */
@Component("ticketDueTimes")
public class TicketDueTimes {

  private final TicketFacts facts;

  TicketDueTimes(TicketFacts facts) {
    this.facts = facts;
  }

  /** The first-response due time: the first response, and its escalation once it is breached. */
  public Date firstResponse(DelegateExecution execution) {
    return date(facts.ticket(execution).firstResponseDueAt());
  }

  /**
   * The resolution due time: the work up to the resolution (vendor work, developer contact, the
   * resolution itself), and its escalation once it is breached.
   */
  public Date resolution(DelegateExecution execution) {
    return date(facts.ticket(execution).resolutionDueAt());
  }

  private static Date date(Instant instant) {
    return instant == null ? null : Date.from(instant);
  }
}
