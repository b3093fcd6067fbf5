package dev.supportflow.ticket;

import dev.supportflow.billing.BillableSubject;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** A ticket worked out of hours as billable work (L-4.3): its quote and the client's answer show on it. */
@Component
class TicketBillableSubject implements BillableSubject {

  static final String TYPE = "TICKET";

  private final TicketRepository tickets;
  private final TicketIds ids;

  TicketBillableSubject(TicketRepository tickets, TicketIds ids) {
    this.tickets = tickets;
    this.ids = ids;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public void statusChanged(String subjectId, String status, Instant at) {
    tickets.updateStatus(number(subjectId), TicketStatus.valueOf(status), at);
  }

  @Override
  public void noticeClient(String subjectId, String notice, Instant at) {
    tickets.updateReply(number(subjectId), notice, at);
  }

  @Override
  public void recordEvent(String subjectId, Instant at, String kind, String actor, String detail) {
    tickets.addEvent(number(subjectId), at, kind, actor == null ? "system" : actor, detail);
  }

  private long number(String ticketId) {
    return ids.parse(ticketId).orElseThrow(() -> new IllegalArgumentException("Not a ticket id: " + ticketId));
  }
}
