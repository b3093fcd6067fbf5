package dev.supportflow.policy;

import static dev.supportflow.policy.DmnTables.vars;
import static org.assertj.core.api.Assertions.assertThat;

import dev.supportflow.calendar.CalendarPeriod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code ticket-lifecycle} table of each tenant: how long a ticket waits for its client
 * (API.md, "Conversation"; shipped values: reminder after 2 business days, closed after 5, reopen
 * within 7 days). One case per row; every period is one the calendar can count.
 */
class TicketLifecycleDecisionTest {

  private static final DmnTables.TenantTables TABLES =
      new DmnTables.TenantTables("ticket-lifecycle");

  @ParameterizedTest(name = "{0} {1} emergency={2}: {6}")
  @CsvSource({
    "leiloes, INCIDENT, false, P2D, P5D, P7D, L-lifecycle-default",
    "leiloes, QUESTION, true, P2D, P5D, P7D, L-lifecycle-default",
    "oobj, INCIDENT, false, P2D, P5D, P7D, O-lifecycle-default",
    "oobj, QUESTION, true, P2D, P5D, P7D, O-lifecycle-default"
  })
  void periods(
      String tenant,
      String type,
      boolean emergency,
      String reminder,
      String close,
      String reopen,
      String rule) {
    var result = TABLES.evaluate(tenant, vars("type", type, "emergency", emergency));

    assertThat(result.get("reminderAfter")).isEqualTo(reminder);
    assertThat(result.get("reminderAfterClock")).isEqualTo("BUSINESS_HOURS");
    assertThat(result.get("closeAfter")).isEqualTo(close);
    assertThat(result.get("closeAfterClock")).isEqualTo("BUSINESS_HOURS");
    assertThat(result.get("reopenWindow")).isEqualTo(reopen);
    assertThat(result.get("reopenWindowClock")).isEqualTo("24X7");
    assertThat(result.get("lifecycleRule")).isEqualTo(rule);
    for (String period : new String[] {"reminderAfter", "closeAfter", "reopenWindow"}) {
      CalendarPeriod.of((String) result.get(period), (String) result.get(period + "Clock"));
    }
  }
}
