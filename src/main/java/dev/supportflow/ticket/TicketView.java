package dev.supportflow.ticket;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.supportflow.billing.Quote;
import dev.supportflow.clientrecord.TimelineEntry;
import java.time.Instant;
import java.util.List;

/**
 * A ticket as clients and gateways see it (API.md). {@code timeline} only on a single-ticket read.
 */
public record TicketView(
    String id,
    String tenant,
    String clientId,
    TicketStatus status,
    Channel channel,
    TicketType type,
    Topic topic,
    Symptom symptom,
    String service,
    String product,
    Boolean auctionInProgress,
    String subject,
    Instant receivedAt,
    Boolean emergency,
    Boolean outOfHours,
    Boolean slaApplies,
    Instant firstResponseDueAt,
    Instant resolutionDueAt,
    Instant firstRespondedAt,
    Instant resolvedAt,
    boolean billable,
    String reply,
    List<KbSuggestion> kbSuggestions,
    Quote quote,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<TimelineEntry> timeline) {

  public record KbSuggestion(String id, String title, String url) {}

  static TicketView of(
      String id,
      Ticket t,
      List<KbSuggestion> kbSuggestions,
      Quote quote,
      List<TimelineEntry> timeline) {
    return new TicketView(
        id,
        t.tenant(),
        t.clientId(),
        t.status(),
        t.channel(),
        t.type(),
        t.topic(),
        t.symptom(),
        t.service(),
        t.product(),
        t.auctionInProgress(),
        t.subject(),
        t.receivedAt(),
        t.emergency(),
        t.outOfHours(),
        t.slaApplies(),
        t.firstResponseDueAt(),
        t.resolutionDueAt(),
        t.firstRespondedAt(),
        t.resolvedAt(),
        billable(t),
        t.reply(),
        kbSuggestions,
        quote,
        timeline);
  }

  /**
   * Whether the work is billed if done now (API v1.1): while a quote is prepared or waits for the
   * client, and once the client accepted one (stored by MarkBillable); free otherwise, also after a
   * quote was declined, expired or withdrawn at the opening.
   */
  private static boolean billable(Ticket t) {
    return t.billable()
        || t.status() == TicketStatus.AWAITING_QUOTE
        || t.status() == TicketStatus.AWAITING_CONSENT;
  }
}
