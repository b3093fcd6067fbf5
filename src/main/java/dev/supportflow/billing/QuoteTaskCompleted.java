package dev.supportflow.billing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Remembers who prepared the quote: the authenticated user completing the task, else its assignee. */
@Component("quoteTaskCompleted")
class QuoteTaskCompleted implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Authentication authentication = Context.getCommandContext() == null ? null
        : Context.getCommandContext().getAuthentication();
    String actor = authentication != null && authentication.getUserId() != null ? authentication.getUserId()
        : task.getAssignee();
    task.getExecution().setVariable("lastCompletedBy", actor);
  }
}
