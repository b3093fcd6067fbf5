package dev.supportflow.ticket;

/**
 * Staff replied publicly on a ticket (an internal note publishes nothing): published inside the
 * reply's transaction. {@code asksClient}: the reply is a question the ticket now waits on.
 */
public record StaffReplied(TicketHeadline ticket, String text, boolean asksClient) {}
