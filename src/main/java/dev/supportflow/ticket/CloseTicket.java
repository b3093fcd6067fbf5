package dev.supportflow.ticket;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The ticket is {@code CLOSED} by itself: its client never answered within the closing period, or
 * its reopen window ended. The model names the reason at its end event; the client is told ({@link
 * TicketClosed}).
 */
@Component("closeTicket")
public class CloseTicket {

  private final TicketRepository tickets;
  private final TicketTimeline timeline;
  private final TicketEvents events;
  private final Clock clock;

  CloseTicket(TicketRepository tickets, TicketTimeline timeline, TicketEvents events, Clock clock) {
    this.tickets = tickets;
    this.timeline = timeline;
    this.events = events;
    this.clock = clock;
  }

  public void unanswered(DelegateExecution execution) {
    close(execution, "Encerrado: sem resposta do cliente no prazo.");
  }

  public void reopenWindowEnded(DelegateExecution execution) {
    close(execution, "Encerrado: prazo para reabrir o chamado terminou.");
  }

  private void close(DelegateExecution execution, String detail) {
    tickets.close(timeline.ticketNumber(execution), clock.instant());
    timeline.record(execution, "CLOSED", null, detail);
    events.publish(new TicketClosed(events.headline(execution), detail));
  }
}
