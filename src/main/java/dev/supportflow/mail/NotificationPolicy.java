package dev.supportflow.mail;

import dev.supportflow.calendar.BusinessCalendars;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * When a notice to staff goes out: the tenant's {@code notification-policy} table says at once
 * ({@code NOW}) or at the desk's next opening ({@code AT_OPENING}); the calendar says when that is.
 */
@Component
class NotificationPolicy {

  static final String DECISION = "notification-policy";

  private final DecisionService decisions;
  private final BusinessCalendars calendars;

  NotificationPolicy(DecisionService decisions, BusinessCalendars calendars) {
    this.decisions = decisions;
    this.calendars = calendars;
  }

  /** The earliest moment this notice may be sent. */
  Instant sendAt(String tenant, String notice, boolean emergency, Instant now) {
    var calendar = calendars.forTenant(tenant);
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("notice", notice);
    inputs.put("emergency", emergency);
    inputs.put("inBusinessHours", calendar.isOpen(now));
    Object delivery =
        decisions
            .evaluateDecisionTableByKey(DECISION)
            .decisionDefinitionTenantId(tenant)
            .variables(inputs)
            .evaluate()
            .getSingleResult()
            .getEntry("delivery");
    return switch (String.valueOf(delivery)) {
      case "NOW" -> now;
      case "AT_OPENING" -> calendar.nextOpening(now);
      default ->
          throw new IllegalStateException(
              "The " + DECISION + " table of " + tenant + " gave delivery " + delivery);
    };
  }
}
