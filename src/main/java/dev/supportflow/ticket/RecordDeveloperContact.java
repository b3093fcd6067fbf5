package dev.supportflow.ticket;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "record developer contact decision" (L-5): granted by the plan (a developer is part of it),
 * or approved or refused by the account manager, who then supervises it.
 */
@Component("recordDeveloperContact")
class RecordDeveloperContact implements JavaDelegate {

  private final TicketTimeline timeline;

  RecordDeveloperContact(TicketTimeline timeline) {
    this.timeline = timeline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object approved = execution.getVariable("developerContactApproved");
    execution.removeVariable("developerContactApproved");
    String reason = (String) execution.getVariable("developerContactReason");
    if (approved == null) {
      timeline.record(
          execution, "DEVELOPER_CONTACT_GRANTED", null, "Plano inclui desenvolvedor: " + reason);
    } else if (Boolean.TRUE.equals(approved)) {
      timeline.record(
          execution,
          "DEVELOPER_CONTACT_APPROVED",
          (String) execution.getVariable("lastCompletedBy"),
          reason);
    } else {
      timeline.record(
          execution,
          "DEVELOPER_CONTACT_REFUSED",
          (String) execution.getVariable("lastCompletedBy"),
          reason);
    }
  }
}
