package dev.supportflow.cluster;

import static dev.supportflow.Requests.incident;
import static dev.supportflow.TestClock.clockAt;
import static dev.supportflow.TestClock.local;
import static dev.supportflow.cluster.PostgresProductionProfileTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.supportflow.security.Caller;
import dev.supportflow.ticket.Symptom;
import dev.supportflow.ticket.TicketIntake;
import dev.supportflow.ticket.TicketView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Camunda's cluster model with two SupportFlow nodes on one PostgreSQL database: nodes starting
 * together deploy each model once, work started on one node is finished on the other, due SLA
 * timers fire exactly once whichever node picks them up (and all on the other node when one node's
 * job executor is down), and a model deployed through one node is used by the other.
 */
class TwoNodeClusterTest {

  private static final Caller LEILOES_CLIENT =
      new Caller("leiloes-basic", Set.of(Caller.CLIENTS), Set.of("leiloes"));
  private static final int TICKETS_PER_NODE = 8;

  @TempDir Path emptyPolicy;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName(
      "Cluster: two nodes on one PostgreSQL share deployments, tasks and timers; each timer fires exactly once")
  void twoNodesShareOneDatabase() throws Exception {
    try (PostgresTestDatabase database = PostgresTestDatabase.create("sf_cluster")) {
      // First start of a new installation: one node creates the schemas and the users
      // (docs/operations.md).
      // It deploys no models (empty policy folder), so the two nodes below find them new and race
      // to deploy them.
      Files.createDirectories(emptyPolicy.resolve("bpmn"));
      Node.start(
              database,
              "node-init",
              "--supportflow.policy-dir=" + emptyPolicy.toUri(),
              "--camunda.bpm.job-execution.enabled=false")
          .close();

      List<ConfigurableApplicationContext> nodes = startTogether(database, "node-a", "node-b");
      try (ConfigurableApplicationContext a = nodes.get(0);
          ConfigurableApplicationContext b = nodes.get(1)) {
        deployedOnce(a);
        workSpreadOverBothNodes(a, b);
        modelDeployedOnOneNodeIsUsedByTheOther(a, b);
      }
    }
  }

  /**
   * Both nodes deployed bpmn/ and both tenants' dmn/ at the same moment: still one deployment,
   * version 1, each.
   */
  private static void deployedOnce(ConfigurableApplicationContext node) {
    RepositoryService repository = node.getBean(RepositoryService.class);
    assertThat(repository.createDeploymentQuery().list())
        .extracting(d -> d.getName())
        .containsExactlyInAnyOrder(
            "supportflow-processes", "supportflow-policy-leiloes", "supportflow-policy-oobj");
    assertThat(repository.createProcessDefinitionQuery().list())
        .extracting(d -> d.getVersion())
        .containsOnly(1);
    assertThat(repository.createDecisionDefinitionQuery().list())
        .extracting(d -> d.getVersion())
        .containsOnly(1);
  }

  private static void workSpreadOverBothNodes(
      ConfigurableApplicationContext a, ConfigurableApplicationContext b) throws Exception {
    clockAt("2026-11-23T10:00"); // Monday, in business hours: first response due at 10:30
    List<String> openedOnA = open(a, TICKETS_PER_NODE);
    List<String> openedOnB = open(b, TICKETS_PER_NODE);

    // Tasks of tickets opened on A are answered through B, and the other way round.
    List<String> answered = List.of(openedOnA.get(0), openedOnA.get(1), openedOnB.get(0));
    answer(b, openedOnA.get(0));
    answer(b, openedOnA.get(1));
    answer(a, openedOnB.get(0));

    List<String> late = new ArrayList<>(openedOnA);
    late.addAll(openedOnB);
    late.removeAll(answered);

    // Every remaining first-response timer is now due; both nodes' job executors compete for them.
    clockAt("2026-11-23T10:45");
    Map<String, Long> firstWave = fireDueTimers(a, late);

    // The node that fired most goes down (its job executor stops): the other one fires the next due
    // timers, also
    // for tickets opened on the stopped node.
    String busiest =
        firstWave.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    ConfigurableApplicationContext down = busiest.equals("node-a") ? a : b;
    ((ProcessEngineConfigurationImpl)
            down.getBean(ProcessEngine.class).getProcessEngineConfiguration())
        .getJobExecutor()
        .shutdown();
    List<String> secondBatch = new ArrayList<>(open(a, 2));
    secondBatch.addAll(open(b, 2)); // opened at 10:45: first response due at 11:15
    clockAt("2026-11-23T11:30");
    Map<String, Long> secondWave = fireDueTimers(a, secondBatch);
    assertThat(secondWave.keySet())
        .as("second wave fired by the node still up")
        .doesNotContain(busiest);

    Map<String, Long> byNode = new java.util.TreeMap<>(firstWave);
    secondWave.forEach((node, count) -> byNode.merge(node, count, Long::sum));
    assertThat(byNode.keySet())
        .as("timers fired per node: " + byNode)
        .containsExactly("node-a", "node-b");

    JdbcClient jdbc = a.getBean(JdbcClient.class);
    for (String ticket : answered) {
      assertThat(events(jdbc, ticket, "FIRST_RESPONSE")).as(ticket + " answered").isEqualTo(1);
      assertThat(events(jdbc, ticket, "SLA_BREACHED")).as(ticket + " breaches").isZero();
    }
  }

  /**
   * Waits until no first-response timer is due any more, then checks that each late ticket breached
   * exactly once and got one escalation task. Returns how many of these timers each node fired
   * (from the job log).
   */
  private static Map<String, Long> fireDueTimers(
      ConfigurableApplicationContext node, List<String> late) throws Exception {
    ManagementService jobs = node.getBean(ManagementService.class);
    waitFor(
        Duration.ofSeconds(60),
        () ->
            jobs.createJobQuery()
                        .timers()
                        .activityId("Timer_FirstResponseDue")
                        .duedateLowerThan(ClockUtil.getCurrentTime())
                        .count()
                    == 0
                ? true
                : null);

    JdbcClient jdbc = node.getBean(JdbcClient.class);
    TaskService tasks = node.getBean(TaskService.class);
    HistoryService history = node.getBean(HistoryService.class);
    List<HistoricJobLog> fired = new ArrayList<>();
    for (String ticket : late) {
      assertThat(events(jdbc, ticket, "SLA_BREACHED")).as(ticket + " breaches").isEqualTo(1);
      assertThat(
              tasks
                  .createTaskQuery()
                  .processInstanceBusinessKey(ticket)
                  .taskDefinitionKey("Task_EscalateFirstResponse")
                  .count())
          .as(ticket + " escalations")
          .isEqualTo(1);
      String instance =
          node.getBean(RuntimeService.class)
              .createProcessInstanceQuery()
              .processInstanceBusinessKey(ticket)
              .singleResult()
              .getId();
      fired.addAll(
          history
              .createHistoricJobLogQuery()
              .successLog()
              .processInstanceId(instance)
              .activityIdIn("Timer_FirstResponseDue")
              .list());
    }
    assertThat(fired).hasSize(late.size());
    return fired.stream()
        .collect(Collectors.groupingBy(HistoricJobLog::getHostname, Collectors.counting()));
  }

  /**
   * A new sla-targets version for leiloes, deployed through A (as Modeler would), decides B's next
   * ticket.
   */
  private static void modelDeployedOnOneNodeIsUsedByTheOther(
      ConfigurableApplicationContext a, ConfigurableApplicationContext b) throws Exception {
    String table = Files.readString(Path.of("dmn/leiloes/sla-targets.dmn"), StandardCharsets.UTF_8);
    a.getBean(RepositoryService.class)
        .createDeployment()
        .name("edited-in-modeler")
        .tenantId("leiloes")
        .addString("sla-targets.dmn", table.replace("\"PT30M\"", "\"PT20M\""))
        .deploy();
    DecisionDefinition latest =
        b.getBean(RepositoryService.class)
            .createDecisionDefinitionQuery()
            .decisionDefinitionKey("sla-targets")
            .tenantIdIn("leiloes")
            .latestVersion()
            .singleResult();
    assertThat(latest.getVersion()).isEqualTo(2);

    clockAt("2026-11-23T11:00");
    TicketView ticket =
        b.getBean(TicketIntake.class)
            .open(LEILOES_CLIENT, incident(Symptom.DEGRADED, false, null), null)
            .ticket();
    assertThat(ticket.firstResponseDueAt()).isEqualTo(local("2026-11-23T11:20"));
  }

  private static void meet(CyclicBarrier together) {
    try {
      together.await(2, TimeUnit.MINUTES);
    } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
      throw new IllegalStateException("The other node did not get this far", e);
    }
  }

  private static List<ConfigurableApplicationContext> startTogether(
      PostgresTestDatabase database, String... names) throws Exception {
    CyclicBarrier together = new CyclicBarrier(names.length);
    // The nodes of one JVM share Logback's context, which is not safe to set up from two threads
    // at once: each sets up its logging in turn, then all meet before touching the database.
    ReentrantLock loggingSetUp = new ReentrantLock();
    ExecutorService threads = Executors.newFixedThreadPool(names.length);
    try {
      List<Future<ConfigurableApplicationContext>> starting = new ArrayList<>();
      for (String name : names) {
        starting.add(
            threads.submit(
                () -> {
                  loggingSetUp.lock();
                  try {
                    return Node.start(
                        database,
                        name,
                        context -> {
                          loggingSetUp.unlock();
                          meet(together);
                        });
                  } finally {
                    if (loggingSetUp.isHeldByCurrentThread()) {
                      loggingSetUp.unlock();
                    }
                  }
                }));
      }
      List<ConfigurableApplicationContext> started = new ArrayList<>();
      for (Future<ConfigurableApplicationContext> node : starting) {
        started.add(node.get());
      }
      return started;
    } finally {
      threads.shutdown();
    }
  }

  private static List<String> open(ConfigurableApplicationContext node, int count) {
    TicketIntake service = node.getBean(TicketIntake.class);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(
          service
              .open(LEILOES_CLIENT, incident(Symptom.DEGRADED, false, null), null)
              .ticket()
              .id());
    }
    return ids;
  }

  private static void answer(ConfigurableApplicationContext node, String ticket) {
    TaskService tasks = node.getBean(TaskService.class);
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(ticket)
            .taskDefinitionKey("Task_FirstResponse")
            .singleResult();
    tasks.claim(task.getId(), "leiloes-analyst");
    tasks.complete(task.getId(), Map.of("response", "Estamos verificando."));
  }

  private static long events(JdbcClient jdbc, String ticket, String kind) {
    long number = Long.parseLong(ticket.substring(ticket.indexOf('-') + 1));
    return jdbc.sql(
            """
            SELECT count(*) FROM client_record_event WHERE record_type = 'TICKET' AND record_number = ? AND kind = ?
            """)
        .params(number, kind)
        .query(Long.class)
        .single();
  }
}
