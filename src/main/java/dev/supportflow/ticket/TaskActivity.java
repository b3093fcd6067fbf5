package dev.supportflow.ticket;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Puts staff work on the ticket's timeline: a task offered to a group, claimed by someone, completed by someone.
 * On completion the task's name is kept in {@code resolvedBy}-style variables where a later step needs the actor.
 */
@Component("taskActivity")
class TaskActivity implements TaskListener {

  private final TicketTimeline timeline;

  TaskActivity(TicketTimeline timeline) {
    this.timeline = timeline;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> timeline.record(task, "TASK_CREATED", null,
          task.getName() + " → " + String.join(", ", candidateGroups(task)));
      case EVENTNAME_ASSIGNMENT -> timeline.record(task, task.getAssignee() == null ? "TASK_UNCLAIMED" : "TASK_CLAIMED",
          task.getAssignee(), task.getName());
      case EVENTNAME_COMPLETE -> {
        String actor = actor(task);
        task.getExecution().setVariable("lastCompletedBy", actor);
        timeline.record(task, "TASK_COMPLETED", actor, task.getName());
      }
      default -> { }
    }
  }

  /** Who is completing the task: the authenticated user when there is one, else its assignee. */
  static String actor(DelegateTask task) {
    Authentication authentication = Context.getCommandContext() == null ? null
        : Context.getCommandContext().getAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee();
  }

  private static java.util.List<String> candidateGroups(DelegateTask task) {
    return task.getCandidates().stream().filter(c -> c.getGroupId() != null).map(c -> c.getGroupId()).toList();
  }
}
