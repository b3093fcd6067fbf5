package dev.supportflow.ticket;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who is offered a ticket's work. The {@code channel-policy} table decides the route ({@code routeTo}); this
 * turns it into the people of this client's contract: the account manager (L-7), the dedicated team's group
 * (L-3.2, L-7), or the tenant's analysts.
 */
@Component("ticketRouting")
public class TicketRouting {

  public List<String> groups(DelegateExecution execution) {
    return switch (route(execution)) {
      case "ACCOUNT_MANAGER" -> List.of("account-managers");
      case "DEDICATED_TEAM" -> present(execution, "dedicatedTeam").map(List::of).orElse(List.of("analysts"));
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

  @SuppressWarnings("unchecked")
  private static String route(DelegateExecution execution) {
    Object channelPolicy = execution.getVariable("channelPolicy");
    Object route = channelPolicy instanceof Map<?, ?> map ? ((Map<String, Object>) map).get("routeTo") : null;
    return route == null ? "ANALYSTS" : route.toString();
  }

  private static java.util.Optional<String> present(DelegateExecution execution, String variable) {
    Object value = execution.getVariable(variable);
    return value == null || value.toString().isBlank() ? java.util.Optional.empty()
        : java.util.Optional.of(value.toString());
  }
}
