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
    Instant closedAt,
    Instant slaPausedSince,
    Sla sla,
    boolean billable,
    String reply,
    List<KbSuggestion> kbSuggestions,
    Quote quote,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<TimelineEntry> timeline,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<TicketMessage> messages) {

  public record KbSuggestion(String id, String title, String url) {}

  /**
   * The SLA clock: each target's state, its business minutes once stopped, and the business minutes
   * the clock was paused.
   */
  public record Sla(
      SlaState firstResponse,
      Long firstResponseBusinessMinutes,
      SlaState resolution,
      Long resolutionBusinessMinutes,
      long pausedBusinessMinutes) {

    static Sla of(Ticket t) {
      return new Sla(
          t.firstResponseSla(),
          t.sla().firstResponseBusinessMinutes(),
          t.resolutionSla(),
          t.sla().resolutionBusinessMinutes(),
          t.sla().pausedBusinessMinutes());
    }
  }

  /** The view with the conversation the caller may see (single-ticket reads). */
  TicketView withMessages(List<TicketMessage> conversation) {
    return new TicketView(
        id,
        tenant,
        clientId,
        status,
        channel,
        type,
        topic,
        symptom,
        service,
        product,
        auctionInProgress,
        subject,
        receivedAt,
        emergency,
        outOfHours,
        slaApplies,
        firstResponseDueAt,
        resolutionDueAt,
        firstRespondedAt,
        resolvedAt,
        closedAt,
        slaPausedSince,
        sla,
        billable,
        reply,
        kbSuggestions,
        quote,
        timeline,
        conversation);
  }

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
        t.closedAt(),
        t.sla().pausedSince(),
        Sla.of(t),
        billable(t),
        t.reply(),
        kbSuggestions,
        quote,
        timeline,
        null);
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
