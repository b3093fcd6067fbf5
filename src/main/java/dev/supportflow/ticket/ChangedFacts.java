package dev.supportflow.ticket;

import dev.supportflow.security.Caller;
import dev.supportflow.web.ApiException;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff correct a ticket's facts ({@code PATCH /api/tickets/{id}}): in one transaction the row
 * changes, the timeline says who changed what, and the ticket's process evaluates the tenant's
 * decisions again and recomputes the due times (the event subprocess <em>Fatos alterados</em>, see
 * {@link RecalculateDueTimes}), so the decision trail shows both evaluations. A final ticket
 * (resolved, closed, rejected, out of scope, ignored) keeps its facts: its targets have stopped.
 */
@Service
class ChangedFacts {

  static final String TIMELINE_KIND = "FACTS_CHANGED";

  private final TicketReads reads;
  private final TicketRepository tickets;
  private final TicketIntakeProcess process;
  private final TransactionTemplate transaction;
  private final Clock clock;

  ChangedFacts(
      TicketReads reads,
      TicketRepository tickets,
      TicketIntakeProcess process,
      TransactionTemplate transaction,
      Clock clock) {
    this.reads = reads;
    this.tickets = tickets;
    this.process = process;
    this.transaction = transaction;
    this.clock = clock;
  }

  TicketView change(Caller caller, String id, TicketFactsChange change) {
    if (!caller.isStaff()) {
      throw ApiException.forbidden("Only staff change a ticket's facts.");
    }
    if (change == null || change.isEmpty()) {
      throw ApiException.badRequest(
          "body", "name at least one of type, topic, symptom, service, product, auctionInProgress");
    }
    transaction.executeWithoutResult(
        status -> {
          Ticket ticket = reads.ticket(caller, id);
          if (ticket.status().isFinal()) {
            throw ApiException.conflict("Ticket " + id + " is " + ticket.status() + ".");
          }
          TicketFactsChange.Facts before = TicketFactsChange.Facts.of(ticket);
          TicketFactsChange.Facts after = change.applyTo(before);
          List<TicketFactsChange.Change> changes = TicketFactsChange.changes(before, after);
          if (changes.isEmpty()) {
            return;
          }
          tickets.changeFacts(ticket.number(), after, clock.instant());
          tickets.addEvent(
              ticket.number(),
              clock.instant(),
              TIMELINE_KIND,
              caller.userId(),
              changes.stream().map(Object::toString).collect(Collectors.joining("; ")));
          if (!process.factsChanged(id)) {
            throw ApiException.conflict(
                "Ticket " + id + " is handled by an earlier version of its process.");
          }
        });
    return reads.get(caller, id);
  }
}
