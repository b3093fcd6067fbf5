package dev.supportflow.clientrecord;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who did a piece of staff work, one rule for every process: the user the engine runs the command
 * as (Tasklist, engine REST), else, for a task, its assignee (a task completed from Java code).
 * Null when neither is known; the timeline then says the system did it.
 */
public final class TaskActor {

  private TaskActor() {}

  public static String completing(DelegateTask task) {
    String user = authenticatedUser();
    return user != null ? user : task.getAssignee();
  }

  public static String authenticatedUser() {
    Authentication authentication =
        Context.getCommandContext() == null
            ? null
            : Context.getCommandContext().getAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
