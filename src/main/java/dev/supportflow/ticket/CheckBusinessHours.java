package dev.supportflow.ticket;

import dev.supportflow.calendar.BusinessCalendar;
import dev.supportflow.calendar.BusinessCalendars;
import dev.supportflow.policy.TransientVariables;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "check business hours": was the contact received out of the tenant's hours ({@code
 * outOfHours}, transient: the channel table and the gateway read it before the first wait state),
 * and when do they open ({@code nextOpeningAt}, stored when out of hours: the timers of a queued
 * ticket or an open quote read it).
 */
@Component("checkBusinessHours")
class CheckBusinessHours implements JavaDelegate {

  private final BusinessCalendars calendars;
  private final TicketFacts facts;

  CheckBusinessHours(BusinessCalendars calendars, TicketFacts facts) {
    this.calendars = calendars;
    this.facts = facts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BusinessCalendar calendar = calendars.forTenant(execution.getTenantId());
    Instant receivedAt = ((Date) facts.fact(execution, "receivedAt")).toInstant();
    boolean outOfHours = !calendar.isOpen(receivedAt);
    // Version 2 of the model stored both, and read outOfHours again after a wait (its SLA table).
    boolean version2 = IntakeDecisions.isVersion2(execution);
    if (version2) {
      execution.setVariable("outOfHours", outOfHours);
    } else {
      TransientVariables.set(execution, "outOfHours", outOfHours);
    }
    if (outOfHours || version2) {
      execution.setVariable("nextOpeningAt", Date.from(calendar.nextOpening(receivedAt)));
    }
  }
}
