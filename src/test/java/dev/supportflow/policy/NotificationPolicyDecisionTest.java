package dev.supportflow.policy;

import static dev.supportflow.policy.DmnTables.vars;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code notification-policy} table of each tenant (API.md, "E-mail in and out"): an escalation
 * goes to the supervisors at once for an emergency and during business hours, else at the next
 * opening. One case per row.
 */
class NotificationPolicyDecisionTest {

  private static final DmnTables.TenantTables TABLES =
      new DmnTables.TenantTables("notification-policy");

  @ParameterizedTest(name = "{0} {1} emergency={2} inBusinessHours={3}: {4} ({5})")
  @CsvSource({
    "leiloes, ESCALATION, true, false, NOW, L-notify-emergency",
    "leiloes, ESCALATION, false, true, NOW, L-notify-business-hours",
    "leiloes, ESCALATION, false, false, AT_OPENING, L-notify-after-hours",
    "oobj, ESCALATION, true, false, NOW, O-notify-emergency",
    "oobj, ESCALATION, false, true, NOW, O-notify-business-hours",
    "oobj, ESCALATION, false, false, AT_OPENING, O-notify-after-hours"
  })
  void delivery(
      String tenant,
      String notice,
      boolean emergency,
      boolean inBusinessHours,
      String delivery,
      String rule) {
    var result =
        TABLES.evaluate(
            tenant,
            vars("notice", notice, "emergency", emergency, "inBusinessHours", inBusinessHours));

    assertThat(result.get("delivery")).isEqualTo(delivery);
    assertThat(result.get("notificationRule")).isEqualTo(rule);
  }
}
