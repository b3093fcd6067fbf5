package dev.supportflow.ticket;

import dev.supportflow.security.Caller;
import dev.supportflow.web.ApiException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.springframework.stereotype.Service;

/**
 * L-5: an analyst asks for direct contact between the client and a developer on an open ticket. The
 * process decides whether the plan grants it or the account manager must approve.
 */
@Service
public class DeveloperContactRequests {

  private final TicketReads tickets;
  private final TicketIntakeProcess intakeProcess;

  DeveloperContactRequests(TicketReads tickets, TicketIntakeProcess intakeProcess) {
    this.tickets = tickets;
    this.intakeProcess = intakeProcess;
  }

  public TicketView request(Caller caller, String id, String reason) {
    if (!caller.isStaff()) {
      throw ApiException.forbidden("Only staff ask for developer contact.");
    }
    if (reason == null || reason.isBlank() || reason.length() > 2000) {
      throw ApiException.badRequest("reason", "must be 1 to 2000 characters");
    }
    TicketView ticket = tickets.get(caller, id);
    if (ticket.status() != TicketStatus.OPEN) {
      throw ApiException.conflict(
          "Ticket " + id + " is " + ticket.status() + "; developer contact needs an open ticket.");
    }
    try {
      intakeProcess.requestDeveloperContact(id, reason.strip(), caller.userId());
    } catch (MismatchingMessageCorrelationException e) {
      throw ApiException.conflict("Ticket " + id + " is not being worked on.");
    }
    return tickets.get(caller, id);
  }
}
