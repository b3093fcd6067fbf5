package dev.supportflow.ticket;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who is offered a ticket's work. The {@code channel-policy} table decides the route ({@code
 * routeTo}); this turns it into the people of this client's contract: the account manager (L-7),
 * the dedicated team's group (L-3.2, L-7), or the tenant's analysts. The contract's people are read
 * from the contract when the instance does not have them at hand.
 */
@Component("ticketRouting")
public class TicketRouting {

  private final TicketFacts facts;

  TicketRouting(TicketFacts facts) {
    this.facts = facts;
  }

  public List<String> groups(DelegateExecution execution) {
    return switch (route(execution)) {
      case "ACCOUNT_MANAGER" -> List.of("account-managers");
      case "DEDICATED_TEAM" ->
          present(execution, "dedicatedTeam").map(List::of).orElse(List.of("analysts"));
      default -> List.of("analysts");
    };
  }

  public List<String> users(DelegateExecution execution) {
    return "ACCOUNT_MANAGER".equals(route(execution)) ? accountManager(execution) : List.of();
  }

  /** The client's account manager, who approves what the contract leaves to them (L-5). */
  public List<String> accountManager(DelegateExecution execution) {
    return present(execution, "accountManager").map(List::of).orElse(List.of());
  }

  private static String route(DelegateExecution execution) {
    String route = IntakeDecisions.route(execution);
    return route == null ? "ANALYSTS" : route;
  }

  private Optional<String> present(DelegateExecution execution, String fact) {
    Object value = facts.fact(execution, fact);
    return value == null || value.toString().isBlank()
        ? Optional.empty()
        : Optional.of(value.toString());
  }
}
