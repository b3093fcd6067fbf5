package dev.supportflow.demo;

import dev.supportflow.calendar.BusinessCalendars;
import dev.supportflow.security.Caller;
import dev.supportflow.ticket.Conversation;
import dev.supportflow.ticket.TicketIntake;
import dev.supportflow.ticket.TicketReads;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

/**
 * Plays demo traffic over a past range for both demo tenants (docs/demo-traffic.md): the engine's
 * clock moves through it while the demo clients and staff do what they do, then returns to real
 * time. Same range, same traffic (a fixed seed).
 */
@Service
@ConditionalOnProperty(name = "supportflow.demo-data", havingValue = "true", matchIfMissing = true)
class DemoTraffic {

  /** The engine property that records a load, so a restart does not load again. */
  static final String MARKER = "supportflow.demo-traffic";

  private static final Logger log = LoggerFactory.getLogger(DemoTraffic.class);
  private static final long SEED = 14;

  private final TicketIntake intake;
  private final Conversation conversation;
  private final TicketReads reads;
  private final BusinessCalendars calendars;
  private final ProcessEngine engine;

  DemoTraffic(
      TicketIntake intake,
      Conversation conversation,
      TicketReads reads,
      BusinessCalendars calendars,
      ProcessEngine engine) {
    this.intake = intake;
    this.conversation = conversation;
    this.reads = reads;
    this.calendars = calendars;
    this.engine = engine;
  }

  /** Plays the range unless a load was recorded before; empty when it was. */
  Optional<TrafficSummary> loadOnce(Instant from, Instant to) {
    ManagementService management = engine.getManagementService();
    String loaded = management.getProperties().get(MARKER);
    if (loaded != null) {
      log.info("Demo traffic already loaded ({}); delete data/ to load it again", loaded);
      return Optional.empty();
    }
    TrafficSummary summary = play(from, to);
    management.setProperty(MARKER, from + "/" + to + ", " + summary.tickets() + " tickets");
    return Optional.of(summary);
  }

  /** Plays the range, whether or not it was played before. */
  TrafficSummary play(Instant from, Instant to) {
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("Empty range " + from + " .. " + to);
    }
    RuntimeService runtime = engine.getRuntimeService();
    TaskService tasks = engine.getTaskService();
    IdentityService identity = engine.getIdentityService();
    EngineTime time = new EngineTime();
    Set<String> playedIds = new HashSet<>();
    DueTimers timers = new DueTimers(engine.getManagementService(), runtime, time, from, playedIds);
    TrafficRun run =
        new TrafficRun(
            intake,
            reads,
            conversation,
            tasks,
            runtime,
            calendars,
            new DeskStaff(identity, tasks),
            time,
            timers,
            playedIds,
            from,
            to);
    JobExecutor jobExecutor =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    // The job executor would fire the same timers at the moved clock, in another thread.
    boolean pausedJobExecutor = jobExecutor != null && jobExecutor.isActive();
    if (pausedJobExecutor) {
      jobExecutor.shutdown();
    }
    long started = System.nanoTime();
    try {
      run.play(SEED);
    } finally {
      time.backToRealTime();
      if (pausedJobExecutor) {
        jobExecutor.start();
      }
    }
    Caller reader = new Caller("demo-traffic", Set.of(Caller.ADMINS), Set.of());
    TrafficSummary summary =
        TrafficSummary.of(
            from,
            to,
            run.played().stream().map(t -> reads.get(reader, t.id())).toList(),
            run.questions(),
            timers.fired(),
            run.failures() + timers.failed());
    log.info(
        "{}\n  played in {} s", summary.describe(), (System.nanoTime() - started) / 1_000_000_000);
    return summary;
  }
}
