package dev.supportflow.ticket;

import dev.supportflow.client.ClientContract;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
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
  static final String WAIT_FOR_CLIENT = "WaitForClient";
  static final String CLIENT_MESSAGE = "ClientMessage";
  static final String FACTS_CHANGED = "TicketFactsChanged";

  private final RuntimeService runtimeService;

  TicketIntakeProcess(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  void start(String ticketId, Ticket t, ClientContract plan) {
    runtimeService.startProcessInstanceByKey(
        PROCESS_KEY, ticketId, TicketFacts.startVariables(t, plan));
  }

  /**
   * Staff asked the client something: the ticket's work waits for the answer. False when the
   * instance is not at a step that can wait (the ticket is not being resolved).
   */
  boolean askClient(String ticketId, String askedBy) {
    return !runtimeService
        .createMessageCorrelation(WAIT_FOR_CLIENT)
        .processInstanceBusinessKey(ticketId)
        .setVariable("askedBy", Variables.stringValue(askedBy, true))
        .correlateAllWithResult()
        .isEmpty();
  }

  /**
   * The client wrote: a ticket waiting for the answer, or resolved within its reopen window, goes
   * on. False when the instance waits for no client message.
   */
  boolean clientWrote(String ticketId) {
    return !runtimeService
        .createMessageCorrelation(CLIENT_MESSAGE)
        .processInstanceBusinessKey(ticketId)
        .correlateAllWithResult()
        .isEmpty();
  }

  /**
   * Staff changed the ticket's facts (already on its row): its decisions are evaluated again. False
   * when the instance has no such subscription (a model version before the change existed).
   */
  boolean factsChanged(String ticketId) {
    return !runtimeService
        .createMessageCorrelation(FACTS_CHANGED)
        .processInstanceBusinessKey(ticketId)
        .correlateAllWithResult()
        .isEmpty();
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
