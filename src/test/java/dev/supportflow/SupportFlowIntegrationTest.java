package dev.supportflow;

import dev.supportflow.security.Caller;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context the integration tests share: the real application on an in-memory database, a real
 * HTTP port, the job executor off so tests fire timers themselves after moving the clock.
 *
 * <p>Tagged {@code integration}: with {@code SUPPORTFLOW_TEST_PG_URL} set, Maven runs these classes a second time
 * on that PostgreSQL database (profile {@code postgres} in the pom). Metrics are exported as in production (Spring
 * Boot's tests turn exporters off otherwise), so tests can read {@code /actuator/prometheus}.
 */
@Tag("integration")
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class SupportFlowIntegrationTest {

  public static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

  @Autowired
  protected ProcessEngine processEngine;

  @BeforeEach
  void initProcessAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** Moves the engine's clock (and so the application's) to a local São Paulo date-time. */
  protected static void clockAt(String saoPauloDateTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(saoPauloDateTime).atZone(SAO_PAULO).toInstant()));
  }

  protected static Caller client(String userId, String tenant) {
    return new Caller(userId, Set.of(Caller.CLIENTS), Set.of(tenant));
  }
}
