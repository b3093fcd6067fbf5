package dev.supportflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.supportflow.client.ClientContract;
import dev.supportflow.client.ClientContractRepository;
import dev.supportflow.security.Caller;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context the integration tests share: the real application on an in-memory
 * database, a real HTTP port, the job executor off so tests fire timers themselves after moving the
 * clock.
 *
 * <p>Tagged {@code integration}: with {@code SUPPORTFLOW_TEST_PG_URL} set, Maven runs these classes
 * a second time on that PostgreSQL database (profile {@code postgres} in the pom). Metrics are
 * exported as in production (Spring Boot's tests turn exporters off otherwise), so tests can read
 * {@code /actuator/prometheus}.
 */
@Tag("integration")
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class SupportFlowIntegrationTest {

  public static final ZoneId SAO_PAULO = TestClock.SAO_PAULO;
  protected static final String CONSENT_PROCESS = "billable-work-consent";

  @Autowired protected ProcessEngine processEngine;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected ManagementService managementService;
  @Autowired protected HistoryService historyService;
  @Autowired protected RepositoryService repositoryService;
  @Autowired protected ClientContractRepository contracts;
  @LocalServerPort protected int port;

  /** Real HTTP calls to this test server. */
  protected HttpApi api;

  @BeforeEach
  void initProcessAssertionsAndHttp() {
    BpmnAwareTests.init(processEngine);
    api = new HttpApi(port);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** Moves the engine's clock (and so the application's) to a local São Paulo date-time. */
  protected static void clockAt(String saoPauloDateTime) {
    TestClock.clockAt(saoPauloDateTime);
  }

  protected static void clockAt(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  protected static Instant local(String saoPauloDateTime) {
    return TestClock.local(saoPauloDateTime);
  }

  protected static Caller client(String userId, String tenant) {
    return new Caller(userId, Set.of(Caller.CLIENTS), Set.of(tenant));
  }

  /**
   * A new leiloes PREMIUM client of its own (id {@code prefix-…}), so that balances such as its
   * included training hours never depend on the order tests run in.
   */
  protected String newLeiloesClient(String prefix, int includedTrainingHours) {
    String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    contracts.createIfAbsent(
        new ClientContract(
            id,
            "leiloes",
            "Cliente de teste " + id,
            "PREMIUM",
            "NONE",
            false,
            includedTrainingHours,
            null,
            "leiloes-manager",
            null,
            "SAAS",
            null,
            Set.of()));
    return id;
  }

  /**
   * The running instance of this process for this business key (a ticket's, meeting's… id), null
   * when none.
   */
  protected ProcessInstance processInstance(String businessKey, String processKey) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey)
        .processDefinitionKey(processKey)
        .singleResult();
  }

  /**
   * The running consent gate (quote, then the client's answer) of the billable work with this id.
   */
  protected ProcessInstance consentInstance(String subjectId) {
    return processInstance(subjectId, CONSENT_PROCESS);
  }

  /** The business key's one open task of this task definition; it must exist. */
  protected Task openTask(String businessKey, String taskKey) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(businessKey)
            .taskDefinitionKey(taskKey)
            .singleResult();
    assertThat(task).as(taskKey + " of " + businessKey).isNotNull();
    return task;
  }

  protected void completeTask(String businessKey, String taskKey, Map<String, Object> variables) {
    taskService.complete(openTask(businessKey, taskKey).getId(), variables);
  }

  /** The account manager's quote (Preparar orçamento) for the billable work with this id. */
  protected void completeQuote(String subjectId, double hours, double hourlyRate) {
    completeTask(
        subjectId, "Task_PrepareQuote", Map.of("quoteHours", hours, "quoteHourlyRate", hourlyRate));
  }
}
