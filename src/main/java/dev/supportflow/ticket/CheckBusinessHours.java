package dev.supportflow.ticket;

import dev.supportflow.calendar.BusinessCalendar;
import dev.supportflow.calendar.BusinessCalendars;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step "check business hours": was the contact received out of the tenant's hours, and when do they open. */
@Component("checkBusinessHours")
class CheckBusinessHours implements JavaDelegate {

  private final BusinessCalendars calendars;

  CheckBusinessHours(BusinessCalendars calendars) {
    this.calendars = calendars;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BusinessCalendar calendar = calendars.forTenant((String) execution.getVariable("tenant"));
    Instant receivedAt = ((Date) execution.getVariable("receivedAt")).toInstant();
    execution.setVariable("outOfHours", !calendar.isOpen(receivedAt));
    execution.setVariable("nextOpeningAt", Date.from(calendar.nextOpening(receivedAt)));
  }
}
