package dev.supportflow.ticket;

import dev.supportflow.client.ClientContract;
import dev.supportflow.client.ClientContractRepository;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Starts {@code bpmn/ticket-intake.bpmn} for a new ticket. The ticket id is the business key; the ticket's facts
 * are the variables the decision tables and forms read (absent facts are explicit nulls, so every table input
 * resolves).
 */
@Component
class TicketIntakeProcess {

  static final String PROCESS_KEY = "ticket-intake";

  private final RuntimeService runtimeService;
  private final ClientContractRepository contracts;

  TicketIntakeProcess(RuntimeService runtimeService, ClientContractRepository contracts) {
    this.runtimeService = runtimeService;
    this.contracts = contracts;
  }

  void start(String ticketId, Ticket t) {
    VariableMap variables = Variables.createVariables()
        .putValue("ticketId", ticketId)
        .putValue("tenant", t.tenant())
        .putValue("clientId", t.clientId())
        .putValue("plan", contracts.find(t.clientId()).map(ClientContract::summary).orElse(null))
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
        .putValue("receivedAt", Date.from(t.receivedAt()));
    runtimeService.startProcessInstanceByKey(PROCESS_KEY, ticketId, variables);
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
