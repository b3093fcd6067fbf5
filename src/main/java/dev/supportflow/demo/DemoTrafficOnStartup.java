package dev.supportflow.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * With {@code supportflow.demo-traffic} set to a period ({@code P30D}), plays that much demo
 * traffic up to now at start-up, once per database: after the models are deployed and the demo
 * users exist, before the web server opens and before the job executor starts (Camunda's starter
 * starts it when the application is ready).
 */
@Component
@ConditionalOnProperty(name = "supportflow.demo-traffic")
class DemoTrafficOnStartup implements SmartLifecycle {

  private final DemoTraffic traffic;
  private final Clock clock;
  private final Period period;
  private boolean running;

  DemoTrafficOnStartup(
      ObjectProvider<DemoTraffic> traffic,
      Clock clock,
      @Value("${supportflow.demo-traffic}") String period) {
    this.traffic = traffic.getIfAvailable();
    if (this.traffic == null) {
      throw new IllegalStateException(
          "supportflow.demo-traffic plays the demo users and contracts, which exist only with"
              + " supportflow.demo-data=true (the default profile, not prod): unset it");
    }
    this.clock = clock;
    this.period = Period.parse(period);
    if (this.period.isNegative() || this.period.isZero()) {
      throw new IllegalArgumentException(
          "supportflow.demo-traffic must be a positive period such as P30D, not " + period);
    }
  }

  @Override
  public void start() {
    Instant to = clock.instant();
    Instant from = to.atZone(ZoneOffset.UTC).minus(period).truncatedTo(ChronoUnit.DAYS).toInstant();
    traffic.loadOnce(from, to);
    running = true;
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Before the web server, which starts in a late phase. */
  @Override
  public int getPhase() {
    return 0;
  }
}
