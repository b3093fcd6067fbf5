package dev.supportflow.ticket;

import dev.supportflow.calendar.BusinessCalendars;
import dev.supportflow.calendar.CalendarPeriod;
import dev.supportflow.policy.DecisionResults;
import dev.supportflow.policy.TransientVariables;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The tenant's {@code ticket-lifecycle} table decides how long a ticket waits for its client; this
 * bean turns its periods into the dates the model's timers read, on the tenant's calendar, counted
 * from now. The table's result is transient ({@code lifecyclePeriods}): the timers that read it are
 * created in the same transaction, and their jobs keep the dates.
 */
@Component("ticketLifecycle")
public class TicketLifecycle {

  static final String VARIABLE = "lifecyclePeriods";

  private final BusinessCalendars calendars;
  private final Clock clock;

  TicketLifecycle(BusinessCalendars calendars, Clock clock) {
    this.calendars = calendars;
    this.clock = clock;
  }

  /** End listener of the business rule task: keeps the table's result until the next wait. */
  public void record(DelegateExecution execution) {
    TransientVariables.set(
        execution, VARIABLE, DecisionResults.single(execution, "ticket-lifecycle"));
  }

  /** When the client is reminded of an unanswered question. */
  public Date reminderAt(DelegateExecution execution) {
    return after(execution, "reminderAfter");
  }

  /** When a ticket whose client never answered is closed. */
  public Date closeAt(DelegateExecution execution) {
    return after(execution, "closeAfter");
  }

  /** When the window in which a client message reopens a resolved ticket ends. */
  public Date reopenUntil(DelegateExecution execution) {
    return after(execution, "reopenWindow");
  }

  private Date after(DelegateExecution execution, String period) {
    @SuppressWarnings("unchecked")
    Map<String, Object> lifecycle = (Map<String, Object>) execution.getVariable(VARIABLE);
    if (lifecycle == null || lifecycle.get(period) == null) {
      throw new IllegalStateException(
          "The ticket-lifecycle table of " + execution.getTenantId() + " gave no " + period);
    }
    CalendarPeriod calendarPeriod =
        CalendarPeriod.of(
            lifecycle.get(period).toString(), (String) lifecycle.get(period + "Clock"));
    return Date.from(
        calendarPeriod.after(calendars.forTenant(execution.getTenantId()), clock.instant()));
  }
}
