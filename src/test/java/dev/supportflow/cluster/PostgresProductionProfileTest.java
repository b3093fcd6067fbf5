package dev.supportflow.cluster;

import static dev.supportflow.Requests.ticketJson;
import static dev.supportflow.TestClock.clockAt;
import static dev.supportflow.TestClock.local;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.supportflow.HttpApi;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The prod profile on an empty PostgreSQL database, through the API: Flyway creates our tables, the
 * engine its own, a ticket goes through intake, and its first-response timer fires on the job
 * executor when the clock passes it.
 */
class PostgresProductionProfileTest {

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName(
      "PostgreSQL: prod profile creates both schemas, opens a ticket over HTTP and fires its SLA timer on the job executor")
  void ticketThroughIntakeAndTimerOnPostgres() throws Exception {
    try (PostgresTestDatabase database = PostgresTestDatabase.create("sf_prod");
        ConfigurableApplicationContext node = Node.start(database, "node-prod")) {
      HttpApi api = new HttpApi(((WebServerApplicationContext) node).getWebServer().getPort());
      JdbcClient jdbc = node.getBean(JdbcClient.class);
      assertThat(jdbc.sql("SELECT version() ").query(String.class).single())
          .startsWith("PostgreSQL");
      assertThat(
              jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success")
                  .query(Long.class)
                  .single())
          .isPositive();
      assertThat(
              jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE NOT success")
                  .query(Long.class)
                  .single())
          .isZero();
      assertThat(
              jdbc.sql("SELECT max(version_) FROM act_ge_schema_log").query(String.class).single())
          .startsWith("7.24");

      clockAt("2026-11-23T10:00"); // Monday, in business hours
      JsonNode ticket =
          api.post("leiloes-basic", "/api/tickets", ticketJson("Lentidão no pregão"))
              .assertStatus(201)
              .json();
      assertThat(ticket.path("status").asText()).isEqualTo("OPEN");
      assertThat(Instant.parse(ticket.path("firstResponseDueAt").asText()))
          .isEqualTo(local("2026-11-23T10:30"));

      clockAt("2026-11-23T10:31");
      String id = ticket.path("id").asText();
      JsonNode timeline =
          waitFor(
              Duration.ofSeconds(30),
              () -> {
                JsonNode read = api.get("leiloes-basic", "/api/tickets/" + id).json();
                return read.path("timeline").toString().contains("SLA_BREACHED")
                    ? read.path("timeline")
                    : null;
              });
      assertThat(timeline.findValuesAsText("kind")).containsOnlyOnce("SLA_BREACHED");

      assertThat(api.probe("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
      assertThat(api.probe("/actuator/prometheus").body())
          .contains(
              "supportflow_tickets_opened_total{application=\"supportflow\",status=\"OPEN\",tenant=\"leiloes\"} 1.0")
          .contains(
              "supportflow_sla_breaches_total{application=\"supportflow\",target=\"FIRST_RESPONSE\",tenant=\"leiloes\"} 1.0");
    }
  }

  interface Probe<T> {
    T get() throws Exception;
  }

  /** Polls until the probe returns a value, or fails after the timeout. */
  static <T> T waitFor(Duration timeout, Probe<T> probe) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      T value = probe.get();
      if (value != null) {
        return value;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not reached within " + timeout);
      }
      Thread.sleep(100);
    }
  }
}
