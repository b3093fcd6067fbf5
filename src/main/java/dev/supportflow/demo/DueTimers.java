package dev.supportflow.demo;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the engine's clock and fires, in due order and each at its due time, the jobs of the
 * tickets being played (first-response and resolution timers, reminders, closings, openings), as
 * the job executor would; so escalations and breaches are recorded by the models, as in production.
 * Jobs of other process instances are left to the job executor.
 */
final class DueTimers {

  private static final Logger log = LoggerFactory.getLogger(DueTimers.class);
  private static final int ATTEMPTS = 3;

  private final ManagementService management;
  private final RuntimeService runtime;
  private final EngineTime time;
  private final Date from;
  private final Set<String> playedTickets;
  private final Map<String, Boolean> playedInstances = new HashMap<>();
  private final Map<String, Integer> attempts = new HashMap<>();
  private int fired;
  private int failed;

  DueTimers(
      ManagementService management,
      RuntimeService runtime,
      EngineTime time,
      Instant from,
      Set<String> playedTickets) {
    this.management = management;
    this.runtime = runtime;
    this.time = time;
    this.from = Date.from(from);
    this.playedTickets = playedTickets;
  }

  /** Fires every due job of a played ticket up to {@code until}, then leaves the clock there. */
  void fireUntil(Instant until) {
    for (Job job = nextDue(until); job != null; job = nextDue(until)) {
      Instant due = job.getDuedate().toInstant();
      if (due.isAfter(time.now())) {
        time.set(due);
      }
      attempts.merge(job.getId(), 1, Integer::sum);
      try {
        management.executeJob(job.getId());
        fired++;
      } catch (RuntimeException e) {
        failed++;
        log.warn("Demo traffic: job {} failed at {}: {}", job.getId(), time.now(), e.toString());
      }
    }
    if (until.isAfter(time.now())) {
      time.set(until);
    }
  }

  int fired() {
    return fired;
  }

  int failed() {
    return failed;
  }

  private Job nextDue(Instant until) {
    return management
        .createJobQuery()
        .active()
        .withRetriesLeft()
        .duedateHigherThenOrEquals(from)
        .duedateLowerThenOrEquals(Date.from(until))
        .orderByJobDuedate()
        .asc()
        .list()
        .stream()
        .filter(job -> attempts.getOrDefault(job.getId(), 0) < ATTEMPTS)
        .filter(job -> played(job.getProcessInstanceId()))
        .findFirst()
        .orElse(null);
  }

  /** Whether the instance is a played ticket's (its business key is the ticket id). */
  private boolean played(String processInstanceId) {
    if (processInstanceId == null) {
      return false;
    }
    return playedInstances.computeIfAbsent(
        processInstanceId,
        id -> {
          ProcessInstance instance =
              runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
          return instance != null && playedTickets.contains(instance.getBusinessKey());
        });
  }
}
