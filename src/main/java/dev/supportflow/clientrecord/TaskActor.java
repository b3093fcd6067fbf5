package dev.supportflow.clientrecord;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who did a piece of staff work, one rule for every process: the user the engine runs the command
 * as (Tasklist, engine REST), else the user the product's API completed the task for ({@link
 * #COMPLETED_BY}, a transient variable of the completion), else, for a task, its assignee (a task
 * completed from Java code). Null when none is known; the timeline then says the system did it.
 */
public final class TaskActor {

  /** The transient variable with which the product's API names who completes a task. */
  public static final String COMPLETED_BY = "completedBy";

  private TaskActor() {}

  public static String completing(DelegateTask task) {
    String user = authenticatedUser();
    if (user != null) {
      return user;
    }
    return task.getVariable(COMPLETED_BY) instanceof String onBehalfOf
        ? onBehalfOf
        : task.getAssignee();
  }

  public static String authenticatedUser() {
    Authentication authentication =
        Context.getCommandContext() == null
            ? null
            : Context.getCommandContext().getAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
