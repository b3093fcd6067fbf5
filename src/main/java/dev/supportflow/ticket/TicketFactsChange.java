package dev.supportflow.ticket;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code PATCH /api/tickets/{id}}: the facts staff may correct, any subset of them. A
 * field left out (or null) keeps its value; the codes are the ones {@code POST /api/tickets} takes.
 */
public record TicketFactsChange(
    TicketType type,
    Topic topic,
    Symptom symptom,
    @Size(max = 64) String service,
    @Size(max = 64) String product,
    Boolean auctionInProgress) {

  /** The facts the tables read that staff may change, as the ticket row keeps them. */
  record Facts(
      TicketType type,
      Topic topic,
      Symptom symptom,
      String service,
      String product,
      Boolean auctionInProgress) {

    static Facts of(Ticket ticket) {
      return new Facts(
          ticket.type(),
          ticket.topic(),
          ticket.symptom(),
          ticket.service(),
          ticket.product(),
          ticket.auctionInProgress());
    }
  }

  /** One fact changed: its name as the API spells it, the old value and the new one. */
  record Change(String fact, Object from, Object to) {
    @Override
    public String toString() {
      return fact + ": " + from + " → " + to;
    }
  }

  boolean isEmpty() {
    return type == null
        && topic == null
        && symptom == null
        && service == null
        && product == null
        && auctionInProgress == null;
  }

  /** The ticket's facts with this change applied. */
  Facts applyTo(Facts facts) {
    return new Facts(
        type != null ? type : facts.type(),
        topic != null ? topic : facts.topic(),
        symptom != null ? symptom : facts.symptom(),
        service != null ? service : facts.service(),
        product != null ? product : facts.product(),
        auctionInProgress != null ? auctionInProgress : facts.auctionInProgress());
  }

  /** What differs between the facts before and after, in the order of the API's fields. */
  static List<Change> changes(Facts before, Facts after) {
    List<Change> changes = new ArrayList<>();
    add(changes, "type", before.type(), after.type());
    add(changes, "topic", before.topic(), after.topic());
    add(changes, "symptom", before.symptom(), after.symptom());
    add(changes, "service", before.service(), after.service());
    add(changes, "product", before.product(), after.product());
    add(changes, "auctionInProgress", before.auctionInProgress(), after.auctionInProgress());
    return changes;
  }

  private static void add(List<Change> changes, String fact, Object from, Object to) {
    if (!Objects.equals(from, to)) {
      changes.add(new Change(fact, from, to));
    }
  }
}
