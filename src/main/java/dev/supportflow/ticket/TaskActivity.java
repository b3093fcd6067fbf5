package dev.supportflow.ticket;

import dev.supportflow.clientrecord.TaskActor;
import dev.supportflow.policy.TransientVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Puts staff work on the ticket's timeline: a task offered to a group, claimed by someone,
 * completed by someone. When a task is offered, the ticket's display variables (what its form
 * shows) are brought up to date. On completion, who completed it is handed to the next steps as
 * {@code lastCompletedBy} (transient: the steps that record it run in the same transaction).
 */
@Component("taskActivity")
class TaskActivity implements TaskListener {

  private final TicketTimeline timeline;
  private final TicketDisplay display;

  TaskActivity(TicketTimeline timeline, TicketDisplay display) {
    this.timeline = timeline;
    this.display = display;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> {
        display.refresh(task.getExecution());
        timeline.record(
            task,
            "TASK_CREATED",
            null,
            task.getName() + " → " + String.join(", ", candidateGroups(task)));
      }
      case EVENTNAME_ASSIGNMENT ->
          timeline.record(
              task,
              task.getAssignee() == null ? "TASK_UNCLAIMED" : "TASK_CLAIMED",
              task.getAssignee(),
              task.getName());
      case EVENTNAME_COMPLETE -> {
        String actor = TaskActor.completing(task);
        TransientVariables.set(task.getExecution(), "lastCompletedBy", actor);
        timeline.record(task, "TASK_COMPLETED", actor, task.getName());
      }
      default -> {}
    }
  }

  private static java.util.List<String> candidateGroups(DelegateTask task) {
    return task.getCandidates().stream()
        .filter(c -> c.getGroupId() != null)
        .map(c -> c.getGroupId())
        .toList();
  }
}
