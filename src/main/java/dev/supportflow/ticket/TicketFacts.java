package dev.supportflow.ticket;

import dev.supportflow.client.ClientContract;
import dev.supportflow.client.ClientContractRepository;
import dev.supportflow.policy.TransientVariables;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The ticket's facts as its process reads them. The ticket row and the client's contract are the
 * truth; the process gets the facts by name (as the decision tables' input expressions and the
 * models' expressions read them) as <em>transient</em> variables: never stored, never in history,
 * gone at the next wait state. They come with the ticket when intake starts ({@link
 * #startVariables}); a step after a wait state that needs them again (the SLA table when a queued
 * ticket opens, the L-5 subprocess) has them read from the row by {@link #load}.
 */
@Component("ticketFacts")
public class TicketFacts {

  /**
   * Every fact's name; {@code outOfHours} and {@code emergency} exist once intake has decided them.
   */
  static final List<String> NAMES =
      List.of(
          "tenant",
          "clientId",
          "plan",
          "accountManager",
          "dedicatedTeam",
          "tier",
          "dedicatedDeveloper",
          "consulting",
          "deployment",
          "database",
          "products",
          "channel",
          "type",
          "topic",
          "symptom",
          "service",
          "product",
          "auctionInProgress",
          "subject",
          "receivedAt",
          "billable",
          "outOfHours",
          "emergency");

  private final TicketRepository tickets;
  private final ClientContractRepository contracts;
  private final TicketTimeline timeline;

  TicketFacts(
      TicketRepository tickets, ClientContractRepository contracts, TicketTimeline timeline) {
    this.tickets = tickets;
    this.contracts = contracts;
    this.timeline = timeline;
  }

  /**
   * The facts by the names the models and tables use. Absent facts are explicit nulls, so every
   * input resolves.
   */
  static Map<String, Object> of(Ticket t, ClientContract plan) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("tenant", t.tenant());
    facts.put("clientId", t.clientId());
    facts.put("plan", plan.summary());
    facts.put("accountManager", plan.accountManager());
    facts.put("dedicatedTeam", plan.dedicatedTeam());
    facts.put("tier", plan.tier());
    facts.put("dedicatedDeveloper", plan.dedicatedDeveloper());
    facts.put("consulting", plan.consulting());
    facts.put("deployment", plan.deployment());
    facts.put("database", plan.database());
    facts.put("products", plan.productList());
    facts.put("channel", t.channel().name());
    facts.put("type", t.type().name());
    facts.put("topic", name(t.topic()));
    facts.put("symptom", name(t.symptom()));
    facts.put("service", t.service());
    facts.put("product", t.product());
    facts.put("auctionInProgress", t.auctionInProgress());
    facts.put("subject", t.subject());
    facts.put("receivedAt", Date.from(t.receivedAt()));
    facts.put("billable", t.billable());
    if (t.outOfHours() != null) {
      facts.put("outOfHours", t.outOfHours());
    }
    if (t.emergency() != null) {
      facts.put("emergency", t.emergency());
    }
    return facts;
  }

  /** The variables {@code ticket-intake} starts with: every fact, transient. */
  static VariableMap startVariables(Ticket t, ClientContract plan) {
    VariableMap variables = Variables.createVariables();
    of(t, plan)
        .forEach(
            (name, value) -> variables.putValueTyped(name, Variables.untypedValue(value, true)));
    return variables;
  }

  /**
   * Execution listener: the facts the instance does not have at hand (after a wait state) are read
   * from the ticket row and the contract, as transient variables. Facts it has (transient, or
   * stored by an earlier model version) are left as they are; when it has them all, nothing is
   * read.
   */
  public void load(DelegateExecution execution) {
    if (NAMES.stream().allMatch(execution::hasVariable)) {
      return;
    }
    Ticket ticket = ticket(execution);
    of(ticket, contract(ticket))
        .forEach((name, value) -> TransientVariables.setIfAbsent(execution, name, value));
  }

  Ticket ticket(DelegateExecution execution) {
    long number = timeline.ticketNumber(execution);
    return tickets.find(number).orElseThrow(() -> new IllegalStateException("No ticket " + number));
  }

  ClientContract contract(Ticket ticket) {
    return contracts
        .find(ticket.clientId())
        .orElseThrow(
            () -> new IllegalStateException("No contract for client " + ticket.clientId()));
  }

  /** One fact: the variable when the instance has it, else read from the row and the contract. */
  Object fact(DelegateExecution execution, String name) {
    if (execution.hasVariable(name)) {
      return execution.getVariable(name);
    }
    Ticket ticket = ticket(execution);
    return of(ticket, contract(ticket)).get(name);
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
