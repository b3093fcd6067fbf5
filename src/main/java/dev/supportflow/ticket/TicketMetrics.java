package dev.supportflow.ticket;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Intake metrics: tickets opened by tenant and the status intake left them in, and how long intake
 * takes (a histogram, so Prometheus computes percentiles across nodes). SLA breaches are counted by
 * {@link RecordSlaBreach}, open tasks by {@link OpenTaskMetrics}.
 */
@Component
class TicketMetrics {

  static final String OPENED = "supportflow.tickets.opened";
  static final String INTAKE = "supportflow.intake";

  private final MeterRegistry meters;

  TicketMetrics(MeterRegistry meters) {
    this.meters = meters;
  }

  Timer.Sample startIntake() {
    return Timer.start(meters);
  }

  /**
   * Ends an intake: {@code outcome} is {@code created}, {@code replayed} (idempotent repeat) or
   * {@code refused}.
   */
  void intakeDone(Timer.Sample sample, String tenant, String outcome) {
    sample.stop(
        Timer.builder(INTAKE)
            .description(
                "Time to open a ticket: validation, ticket row and the intake process up to its first wait state")
            .tag("tenant", tenant == null ? "none" : tenant)
            .tag("outcome", outcome)
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(5))
            .maximumExpectedValue(Duration.ofSeconds(10))
            .register(meters));
  }

  void opened(String tenant, TicketStatus status) {
    Counter.builder(OPENED)
        .description("Tickets opened, by tenant and the status intake left them in")
        .tag("tenant", tenant)
        .tag("status", status.name())
        .register(meters)
        .increment();
  }
}
