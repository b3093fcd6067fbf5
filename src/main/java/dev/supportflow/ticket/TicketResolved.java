package dev.supportflow.ticket;

/**
 * The ticket was resolved: published inside the resolve step's transaction, with the resolution.
 */
public record TicketResolved(TicketHeadline ticket, String resolution) {}
