package dev.supportflow.clientrecord;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Remembers who completed a task ({@link TaskActor}) as {@code lastCompletedBy}, for the step that
 * records it: the consent gate's quote task and the meeting's agenda task. The bean keeps the name
 * the models call it by.
 */
@Component("quoteTaskCompleted")
class TaskCompletedBy implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.getExecution().setVariable("lastCompletedBy", TaskActor.completing(task));
  }
}
