package dev.supportflow.ticket;

/**
 * What a listener needs to tell someone about a ticket: its id, tenant, client and subject. Carried
 * by the events the ticket's changes publish.
 */
public record TicketHeadline(String id, String tenant, String clientId, String subject) {}
