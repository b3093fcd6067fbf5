package dev.supportflow.ticket;

import static dev.supportflow.Requests.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import dev.supportflow.SupportFlowIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What operators watch: health probes and the Prometheus metrics of intake, SLA and the task
 * backlog.
 */
class OperationsMetricsTest extends SupportFlowIntegrationTest {

  @Autowired TicketIntake intake;
  @Autowired MeterRegistry meters;
  @Autowired OpenTaskMetrics openTasks;

  @Test
  @DisplayName("Ops: liveness and readiness probes answer UP")
  void probes() {
    for (String probe : new String[] {"liveness", "readiness"}) {
      assertThat(api.probe("/actuator/health/" + probe).assertStatus(200).body())
          .contains("\"status\":\"UP\"");
    }
  }

  @Test
  @DisplayName(
      "Ops: a ticket counts as opened by tenant and status, intake is timed, its task is in the analysts' backlog")
  void intakeMetrics() {
    clockAt("2026-11-23T10:00"); // Monday, in business hours
    double opened = openedCount("leiloes", "OPEN");
    long timed = intakeTimer("leiloes").map(Timer::count).orElse(0L);
    long analystsBacklog = openTasks.count("leiloes", "analysts");

    TicketView ticket =
        intake
            .open(client("leiloes-basic", "leiloes"), incident(Symptom.DEGRADED, false, null), null)
            .ticket();

    assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(openedCount("leiloes", "OPEN")).isEqualTo(opened + 1);
    assertThat(intakeTimer("leiloes").orElseThrow().count()).isEqualTo(timed + 1);
    assertThat(openTasks.count("leiloes", "analysts")).isEqualTo(analystsBacklog + 1);

    String scrape = api.probe("/actuator/prometheus").body();
    assertThat(scrape)
        .contains(
            "supportflow_tickets_opened_total{application=\"supportflow\",status=\"OPEN\",tenant=\"leiloes\"}")
        .contains("supportflow_intake_seconds_bucket{")
        .contains(
            "supportflow_tasks_open{application=\"supportflow\",group=\"analysts\",tenant=\"leiloes\"}");
  }

  @Test
  @DisplayName(
      "Ops: a missed first response counts one SLA breach for the tenant and puts a task in the supervisors' backlog")
  void breachMetrics() {
    clockAt("2026-11-23T10:00");
    TicketView ticket =
        intake
            .open(client("leiloes-basic", "leiloes"), incident(Symptom.DEGRADED, false, null), null)
            .ticket();
    double breaches =
        meters
            .counter(RecordSlaBreach.METRIC, "tenant", "leiloes", "target", "FIRST_RESPONSE")
            .count();
    long supervisorsBacklog = openTasks.count("leiloes", "supervisors");

    clockAt("2026-11-23T10:31");
    ProcessInstance instance =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(ticket.id())
            .singleResult();
    execute(job("Timer_FirstResponseDue", instance));

    assertThat(
            meters
                .counter(RecordSlaBreach.METRIC, "tenant", "leiloes", "target", "FIRST_RESPONSE")
                .count())
        .isEqualTo(breaches + 1);
    assertThat(openTasks.count("leiloes", "supervisors")).isEqualTo(supervisorsBacklog + 1);
    assertThat(api.probe("/actuator/prometheus").body())
        .contains("supportflow_sla_breaches_total{");
  }

  private double openedCount(String tenant, String status) {
    var counter =
        meters.find(TicketMetrics.OPENED).tags("tenant", tenant, "status", status).counter();
    return counter == null ? 0 : counter.count();
  }

  private java.util.Optional<Timer> intakeTimer(String tenant) {
    return java.util.Optional.ofNullable(
        meters.find(TicketMetrics.INTAKE).tags("tenant", tenant, "outcome", "created").timer());
  }
}
