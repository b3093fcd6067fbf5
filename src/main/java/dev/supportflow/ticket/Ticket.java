package dev.supportflow.ticket;

import java.time.Instant;

/** A ticket row: what clients read. The process instance with the ticket's id as business key drives it. */
public record Ticket(
    long number,
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
    String description,
    RemoteAccessTool remoteAccessTool,
    String remoteAccessId,
    String networkFolder,
    Instant receivedAt,
    Boolean emergency,
    Boolean outOfHours,
    Boolean slaApplies,
    String slaRule,
    Instant firstResponseDueAt,
    Instant resolutionDueAt,
    Instant firstRespondedAt,
    Instant resolvedAt,
    boolean billable,
    String reply,
    String createdBy,
    String idempotencyKey,
    String requestHash,
    Instant createdAt) {
}
