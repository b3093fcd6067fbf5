package dev.supportflow.ticket;

import dev.supportflow.client.ClientContract;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Starts {@code bpmn/ticket-intake.bpmn} for a new ticket. The ticket id is the business key; the ticket's facts
 * and the client's plan are the variables the decision tables and forms read (absent facts are explicit nulls, so
 * every table input resolves).
 */
@Component
class TicketIntakeProcess {

  static final String PROCESS_KEY = "ticket-intake";

  private final RuntimeService runtimeService;

  TicketIntakeProcess(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  void start(String ticketId, Ticket t, ClientContract plan) {
    VariableMap variables = Variables.createVariables()
        .putValue("ticketId", ticketId)
        .putValue("tenant", t.tenant())
        .putValue("clientId", t.clientId())
        .putValue("plan", plan.summary())
        .putValue("channel", t.channel().name())
        .putValue("type", t.type().name())
        .putValue("topic", name(t.topic()))
        .putValue("symptom", name(t.symptom()))
        .putValue("service", t.service())
        .putValue("product", t.product())
        .putValue("auctionInProgress", t.auctionInProgress())
        .putValue("subject", t.subject())
        .putValue("description", t.description())
        .putValue("remoteAccessTool", name(t.remoteAccessTool()))
        .putValue("remoteAccessId", t.remoteAccessId())
        .putValue("networkFolder", t.networkFolder())
        .putValue("receivedAt", Date.from(t.receivedAt()))
        .putValue("billable", false)
        .putValue("tier", plan.tier())
        .putValue("dedicatedDeveloper", plan.dedicatedDeveloper())
        .putValue("consulting", plan.consulting())
        .putValue("deployment", plan.deployment())
        .putValue("database", plan.database())
        .putValue("products", plan.productList())
        .putValue("accountManager", plan.accountManager())
        .putValue("dedicatedTeam", plan.dedicatedTeam());
    runtimeService.startProcessInstanceByKey(PROCESS_KEY, ticketId, variables);
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  void requestDeveloperContact(String ticketId, String reason, String requestedBy) {
    runtimeService.createMessageCorrelation("DeveloperContactRequested")
        .processInstanceBusinessKey(ticketId)
        .setVariable("developerContactReason", reason)
        .setVariable("developerContactRequestedBy", requestedBy)
        .correlate();
  }
}
