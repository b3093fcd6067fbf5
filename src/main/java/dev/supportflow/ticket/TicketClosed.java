package dev.supportflow.ticket;

/**
 * The ticket closed by itself (unanswered question, or its reopen window ended): published inside
 * the closing step's transaction, with the reason as the client reads it.
 */
public record TicketClosed(TicketHeadline ticket, String reason) {}
