package dev.supportflow.ticket;

import dev.supportflow.client.ClientContract;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts {@code bpmn/ticket-intake.bpmn} for a new ticket. The ticket id is the business key, and
 * the only reference the process needs to the ticket; the ticket's facts and the client's plan,
 * which the decision tables read by name, come as transient variables (see {@link TicketFacts}):
 * nothing of the ticket is copied into the process.
 */
@Component
class TicketIntakeProcess {

  static final String PROCESS_KEY = "ticket-intake";

  private final RuntimeService runtimeService;

  TicketIntakeProcess(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  void start(String ticketId, Ticket t, ClientContract plan) {
    runtimeService.startProcessInstanceByKey(
        PROCESS_KEY, ticketId, TicketFacts.startVariables(t, plan));
  }

  void requestDeveloperContact(String ticketId, String reason, String requestedBy) {
    runtimeService
        .createMessageCorrelation("DeveloperContactRequested")
        .processInstanceBusinessKey(ticketId)
        .setVariable("developerContactReason", reason)
        .setVariable("developerContactRequestedBy", requestedBy)
        .correlate();
  }
}
