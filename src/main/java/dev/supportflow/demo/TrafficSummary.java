package dev.supportflow.demo;

import dev.supportflow.ticket.SlaState;
import dev.supportflow.ticket.TicketStatus;
import dev.supportflow.ticket.TicketView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a play of demo traffic left, read from the tickets' rows: per tenant how many tickets, where
 * they stand, first responses met and breached, resolutions breached, tickets whose SLA clock was
 * paused, tickets billed; and how many questions the staff asked and timers fired.
 */
record TrafficSummary(
    Instant from,
    Instant to,
    List<TenantFigures> tenants,
    int questions,
    int timersFired,
    int failures) {

  record TenantFigures(
      String tenant,
      int tickets,
      int refused,
      int inProgress,
      int resolved,
      int closed,
      int firstResponseMet,
      int firstResponseBreached,
      int resolutionBreached,
      int paused,
      int billable) {

    static TenantFigures of(String tenant, List<TicketView> tickets) {
      return new TenantFigures(
          tenant,
          tickets.size(),
          count(tickets, t -> t.status().isClosed() && t.status() != TicketStatus.CLOSED),
          count(tickets, t -> !t.status().isFinal()),
          count(tickets, t -> t.status() == TicketStatus.RESOLVED),
          count(tickets, t -> t.status() == TicketStatus.CLOSED),
          count(tickets, t -> t.sla().firstResponse() == SlaState.MET),
          count(tickets, t -> t.sla().firstResponse() == SlaState.BREACHED),
          count(tickets, t -> t.sla().resolution() == SlaState.BREACHED),
          count(tickets, t -> t.sla().pausedBusinessMinutes() > 0),
          count(tickets, TicketView::billable));
    }

    private static int count(List<TicketView> tickets, java.util.function.Predicate<TicketView> p) {
      return (int) tickets.stream().filter(p).count();
    }
  }

  static TrafficSummary of(
      Instant from,
      Instant to,
      List<TicketView> tickets,
      int questions,
      int timersFired,
      int failures) {
    Map<String, List<TicketView>> byTenant =
        tickets.stream().collect(Collectors.groupingBy(TicketView::tenant));
    List<TenantFigures> figures =
        DemoContacts.tenants().stream()
            .map(tenant -> TenantFigures.of(tenant, byTenant.getOrDefault(tenant, List.of())))
            .toList();
    return new TrafficSummary(from, to, figures, questions, timersFired, failures);
  }

  int tickets() {
    return tenants.stream().mapToInt(TenantFigures::tickets).sum();
  }

  String describe() {
    StringBuilder text =
        new StringBuilder()
            .append("Demo traffic ")
            .append(from)
            .append(" .. ")
            .append(to)
            .append(": ")
            .append(tickets())
            .append(" tickets, ")
            .append(questions)
            .append(" questions to clients, ")
            .append(timersFired)
            .append(" timers fired, ")
            .append(failures)
            .append(" failed steps");
    for (TenantFigures t : tenants) {
      text.append(
          String.format(
              "%n  %s: %d tickets (%d refused or out of scope, %d in progress, %d resolved, %d"
                  + " closed); first response %d met, %d breached; resolution %d breached; %d with"
                  + " the SLA clock paused; %d billed",
              t.tenant(),
              t.tickets(),
              t.refused(),
              t.inProgress(),
              t.resolved(),
              t.closed(),
              t.firstResponseMet(),
              t.firstResponseBreached(),
              t.resolutionBreached(),
              t.paused(),
              t.billable()));
    }
    return text.toString();
  }
}
