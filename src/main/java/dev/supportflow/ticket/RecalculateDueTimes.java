package dev.supportflow.ticket;

import dev.supportflow.calendar.BusinessCalendar;
import dev.supportflow.calendar.BusinessCalendars;
import dev.supportflow.calendar.SlaClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Step "recalculate due times" of the event subprocess <em>Fatos alterados</em>: the tables have
 * decided again with the changed facts. Once the SLA clock runs, each open target (neither met nor
 * breached) is due again from the clock's start by the table's new duration on its clock, plus the
 * business minutes the clock spent paused; the target's timer job is moved to it ({@code
 * ManagementService.setJobDuedate}: the same timer, never a second one), and the open task working
 * towards it gets it as its due date. A target met or breached stays as it is (an escalation
 * already raised stays raised). A target the table now gives no duration for, or that had none,
 * keeps the ticket's path: its due time stays as it was. The new emergency goes onto the row and
 * every open task's priority; routing does not change.
 */
@Component("recalculateDueTimes")
class RecalculateDueTimes implements JavaDelegate {

  static final String TIMELINE_KIND = "DUE_TIMES_RECALCULATED";

  private static final Set<String> RESOLUTION_TASKS =
      Set.of("Task_Resolve", "Task_SetUpBackup", "Task_ApproveDeveloperContact");

  private final TicketSteps steps;
  private final TicketRepository tickets;
  private final TicketTimeline timeline;
  private final BusinessCalendars calendars;
  private final ManagementService managementService;
  private final TaskService taskService;
  private final Clock clock;

  RecalculateDueTimes(
      TicketSteps steps,
      TicketRepository tickets,
      TicketTimeline timeline,
      BusinessCalendars calendars,
      ManagementService managementService,
      TaskService taskService,
      Clock clock) {
    this.steps = steps;
    this.tickets = tickets;
    this.timeline = timeline;
    this.calendars = calendars;
    this.managementService = managementService;
    this.taskService = taskService;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Ticket ticket = steps.ticket(execution);
    BusinessCalendar calendar = calendars.forTenant(ticket.tenant());
    boolean emergency = Boolean.TRUE.equals(execution.getVariable("emergency"));
    Map<String, Object> sla = SlaTargets.of(execution);
    boolean slaApplies = Boolean.TRUE.equals(sla.get("slaApplies"));

    Instant firstResponseDue = ticket.firstResponseDueAt();
    Instant resolutionDue = ticket.resolutionDueAt();
    TicketSla clockState = ticket.sla();
    if (ticket.sla().startedAt() != null && slaApplies) {
      if (firstResponseOpen(ticket)) {
        firstResponseDue = due(calendar, ticket, sla, "firstResponse", firstResponseDue);
      }
      if (resolutionOpen(ticket)) {
        resolutionDue = due(calendar, ticket, sla, "resolution", resolutionDue);
        clockState = withResolutionTarget(clockState, sla);
      }
    }
    tickets.recalculated(
        ticket.number(), emergency, firstResponseDue, resolutionDue, clockState, clock.instant());
    moveTimer(execution, "Timer_FirstResponseDue", firstResponseDue);
    moveTimer(execution, "Timer_ResolutionDue", resolutionDue);
    if (resolutionDue != null && execution.hasVariable("resolutionDueAt")) {
      execution.setVariable("resolutionDueAt", Date.from(resolutionDue));
    }
    updateTasks(execution, emergency, firstResponseDue, resolutionDue);
    timeline.record(
        execution,
        TIMELINE_KIND,
        null,
        "emergency=%s, scope=%s (%s), slaRule=%s; primeira resposta: %s; solução: %s"
            .formatted(
                emergency,
                scope(execution).get("scopeOutcome"),
                scope(execution).get("scopeRule"),
                sla.get("slaRule"),
                OpenTicket.human(calendar, firstResponseDue),
                OpenTicket.human(calendar, resolutionDue)));
  }

  private static boolean firstResponseOpen(Ticket ticket) {
    return ticket.firstResponseDueAt() != null
        && ticket.firstRespondedAt() == null
        && ticket.sla().firstResponseMet() == null;
  }

  private static boolean resolutionOpen(Ticket ticket) {
    return ticket.resolutionDueAt() != null
        && ticket.resolvedAt() == null
        && ticket.sla().resolutionMet() == null;
  }

  /**
   * The target's due time from the clock's start by the table's duration, the paused business
   * minutes added on the same clock; the current one when the table gives no duration.
   */
  private static Instant due(
      BusinessCalendar calendar,
      Ticket ticket,
      Map<String, Object> sla,
      String target,
      Instant current) {
    Object duration = sla.get(target);
    if (duration == null) {
      return current;
    }
    SlaClock slaClock = SlaClock.parse((String) sla.get(target + "Clock"));
    Instant due =
        calendar.add(ticket.sla().startedAt(), Duration.parse(duration.toString()), slaClock);
    long paused = ticket.sla().pausedBusinessMinutes();
    return paused == 0 ? due : calendar.add(due, Duration.ofMinutes(paused), slaClock);
  }

  private static TicketSla withResolutionTarget(TicketSla state, Map<String, Object> sla) {
    Object resolution = sla.get("resolution");
    if (resolution == null) {
      return state;
    }
    return new TicketSla(
        state.startedAt(),
        state.pausedSince(),
        state.pausedBusinessMinutes(),
        state.firstResponseBusinessMinutes(),
        state.firstResponseMet(),
        state.resolutionBusinessMinutes(),
        state.resolutionMet(),
        Duration.parse(resolution.toString()),
        SlaClock.parse((String) sla.get("resolutionClock")));
  }

  /** The boundary timer of an open target fires at the new due time: the same job, moved. */
  private void moveTimer(DelegateExecution execution, String timerId, Instant due) {
    if (due == null) {
      return;
    }
    for (Job job :
        managementService
            .createJobQuery()
            .processInstanceId(execution.getProcessInstanceId())
            .activityId(timerId)
            .timers()
            .list()) {
      if (!job.getDuedate().toInstant().equals(due)) {
        managementService.setJobDuedate(job.getId(), Date.from(due));
      }
    }
  }

  /**
   * Every open task follows the emergency's priority; the tasks working towards a target get its
   * new due time (escalations keep the breached one).
   */
  private void updateTasks(
      DelegateExecution execution,
      boolean emergency,
      Instant firstResponseDue,
      Instant resolutionDue) {
    int priority = emergency ? 100 : 50;
    for (Task task :
        taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
      Instant due = null;
      if ("Task_FirstResponse".equals(task.getTaskDefinitionKey())) {
        due = firstResponseDue;
      } else if (RESOLUTION_TASKS.contains(task.getTaskDefinitionKey())) {
        due = resolutionDue;
      }
      boolean dueChanged =
          due != null && (task.getDueDate() == null || !task.getDueDate().toInstant().equals(due));
      if (task.getPriority() == priority && !dueChanged) {
        continue;
      }
      task.setPriority(priority);
      if (dueChanged) {
        task.setDueDate(Date.from(due));
      }
      taskService.saveTask(task);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> scope(DelegateExecution execution) {
    Object value = execution.getVariable("scopeTriage");
    return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }
}
