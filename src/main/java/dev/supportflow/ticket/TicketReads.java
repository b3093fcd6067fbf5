package dev.supportflow.ticket;

import dev.supportflow.billing.ConsentService;
import dev.supportflow.billing.Quote;
import dev.supportflow.billing.QuoteRepository;
import dev.supportflow.clientrecord.ClientRecordService;
import dev.supportflow.clientrecord.TimelineEntry;
import dev.supportflow.kb.KnowledgeBase;
import dev.supportflow.policy.DecisionTrail;
import dev.supportflow.security.Caller;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Tickets as the API shows them, with the knowledge-base articles that match them (O-7) and the
 * decisions that shaped them (C-2). Reads and the answer to a quote (L-4.3) are every client
 * record's ({@link ClientRecordService}).
 */
@Service
public class TicketReads extends ClientRecordService<Ticket, TicketStatus, TicketView> {

  private static final int KB_SUGGESTIONS = 3;

  private final DecisionTrail decisionTrail;
  private final KnowledgeBase knowledgeBase;
  private final TicketMessages messages;

  TicketReads(
      TicketRepository tickets,
      QuoteRepository quotes,
      ConsentService consents,
      DecisionTrail decisionTrail,
      KnowledgeBase knowledgeBase,
      TicketMessages messages) {
    super(tickets, quotes, consents);
    this.decisionTrail = decisionTrail;
    this.knowledgeBase = knowledgeBase;
    this.messages = messages;
  }

  /**
   * The ticket with its timeline and its conversation: staff see every message, clients and the
   * gateways relaying to them only the public ones.
   */
  @Override
  public TicketView get(Caller caller, String id) {
    Ticket ticket = readable(caller, id);
    return view(ticket, true).withMessages(messages.of(ticket.number(), caller.isStaff()));
  }

  /** A ticket the caller may read (404 otherwise, as for an unknown id). */
  Ticket ticket(Caller caller, String id) {
    return readable(caller, id);
  }

  /** C-2: the decisions that shaped a ticket the caller may see. */
  public List<DecisionTrail.Decision> decisions(Caller caller, String id) {
    readable(caller, id);
    return decisionTrail.forBusinessKey(id);
  }

  /** As intake answers: the view without the timeline. */
  TicketView created(long number) {
    return view(number, false);
  }

  @Override
  protected TicketView view(String id, Ticket ticket, Quote quote, List<TimelineEntry> timeline) {
    return TicketView.of(id, ticket, suggestions(ticket), quote, timeline);
  }

  /**
   * O-7: the knowledge-base articles of the ticket's tenant that best match what the client wrote.
   */
  private List<TicketView.KbSuggestion> suggestions(Ticket ticket) {
    String text =
        ticket.description() == null
            ? ticket.subject()
            : ticket.subject() + "\n" + ticket.description();
    return knowledgeBase.search(ticket.tenant(), text, KB_SUGGESTIONS).stream()
        .map(match -> new TicketView.KbSuggestion(match.id(), match.title(), match.url()))
        .toList();
  }
}
