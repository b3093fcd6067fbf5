package dev.supportflow.ticket;

/**
 * A due time passed and the supervisors get an escalation task: published inside the breach step's
 * transaction. {@code target}: FIRST_RESPONSE or RESOLUTION; {@code emergency}: the ticket's.
 */
public record SlaEscalated(TicketHeadline ticket, String target, boolean emergency) {}
