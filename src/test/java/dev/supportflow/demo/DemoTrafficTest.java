package dev.supportflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.supportflow.SupportFlowIntegrationTest;
import dev.supportflow.calendar.BusinessCalendars;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Demo traffic (docs/demo-traffic.md) played in the shared context over past days, as at a real
 * start-up, of 2021, which no other test uses; what it left is read from the ticket rows.
 */
class DemoTrafficTest extends SupportFlowIntegrationTest {

  @Autowired private DemoTraffic traffic;
  @Autowired private BusinessCalendars calendars;
  @Autowired private DataSource dataSource;

  /**
   * The played tickets' mails are dropped unsent: sent, they would fill the demo mailboxes the mail
   * tests read; left pending, the shared outbox's backlog (sent a batch at a time, oldest first)
   * would delay the mail tests' own messages.
   */
  @AfterEach
  void dropThePlayedMails() {
    JdbcClient.create(dataSource)
        .sql("DELETE FROM mail_outbox WHERE status = 'PENDING' AND created_at < ?")
        .param(Timestamp.from(local("2022-01-01T00:00")))
        .update();
  }

  @Test
  @DisplayName(
      "Demo traffic: three days played through the intake leave, for both tenants, first responses met and breached by the models' timers, a paused SLA clock and resolved tickets")
  void threeDaysOfTraffic() {
    Instant from = local("2021-03-03T00:00"); // Wednesday
    Instant to = local("2021-03-06T00:00");

    TrafficSummary summary = traffic.play(from, to);

    assertThat(summary.failures()).as("steps refused or failed").isZero();
    assertThat(summary.questions()).isPositive();
    for (String tenant : List.of("leiloes", "oobj")) {
      assertThat(count(tenant, from, to, "TRUE")).as(tenant + " tickets").isGreaterThan(10);
      assertThat(count(tenant, from, to, "first_response_met")).as(tenant + " met").isPositive();
      assertThat(count(tenant, from, to, "first_response_met = FALSE"))
          .as(tenant + " breached")
          .isPositive();
      assertThat(count(tenant, from, to, "sla_paused_business_minutes > 0"))
          .as(tenant + " paused")
          .isPositive();
      assertThat(count(tenant, from, to, "status = 'RESOLVED'"))
          .as(tenant + " resolved")
          .isPositive();
      assertThat(count(tenant, from, to, "status IN ('REJECTED', 'IGNORED', 'OUT_OF_SCOPE')"))
          .as(tenant + " refused by its tables")
          .isPositive();
    }
    assertThat(
            historyService
                .createHistoricActivityInstanceQuery()
                .activityId("Task_RecordFirstResponseBreach")
                .startedAfter(Date.from(from))
                .count())
        .as("breaches recorded by the first-response timer")
        .isPositive();
  }

  @Test
  @DisplayName("Demo traffic: a second load finds the first one's marker and opens no ticket")
  void loadsOnce() {
    Instant from = local("2021-05-11T00:00");
    Instant to = local("2021-05-12T00:00");

    assertThat(traffic.loadOnce(from, to)).isPresent();
    long tickets = count("oobj", from, to, "TRUE") + count("leiloes", from, to, "TRUE");
    assertThat(tickets).isPositive();

    assertThat(traffic.loadOnce(from, to)).isEmpty();
    assertThat(count("oobj", from, to, "TRUE") + count("leiloes", from, to, "TRUE"))
        .isEqualTo(tickets);
  }

  @Test
  @DisplayName(
      "Demo traffic: the same range gives the same contacts at the same times, most in business hours, some out of hours and on the weekend")
  void deterministicArrivals() {
    Instant from = local("2021-03-01T00:00");
    Instant to = local("2021-03-15T00:00");

    List<Arrivals.Arrival> arrivals = Arrivals.between(from, to, calendars, 7);

    assertThat(Arrivals.between(from, to, calendars, 7)).isEqualTo(arrivals);
    long inHours =
        arrivals.stream()
            .filter(a -> calendars.forTenant(a.contact().tenant()).isOpen(a.at()))
            .count();
    assertThat(inHours).isGreaterThan(arrivals.size() * 7L / 10).isLessThan(arrivals.size());
    assertThat(arrivals)
        .anySatisfy(
            a ->
                assertThat(a.at().atZone(SAO_PAULO).getDayOfWeek().getValue())
                    .isGreaterThanOrEqualTo(6));
  }

  private long count(String tenant, Instant from, Instant to, String condition) {
    return JdbcClient.create(dataSource)
        .sql(
            "SELECT COUNT(*) FROM ticket WHERE tenant = ? AND received_at >= ? AND received_at < ?"
                + " AND "
                + condition)
        .params(tenant, Timestamp.from(from), Timestamp.from(to))
        .query(Long.class)
        .single();
  }
}
