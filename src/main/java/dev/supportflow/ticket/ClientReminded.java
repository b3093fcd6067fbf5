package dev.supportflow.ticket;

/**
 * The client's answer to a question is still missing after the tenant's reminder period: published
 * inside the reminder step's transaction, with the reminder's text.
 */
public record ClientReminded(TicketHeadline ticket, String text) {}
