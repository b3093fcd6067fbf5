package dev.supportflow.ticket;

/**
 * A ticket was opened: published inside the intake transaction, after the process ran to its first
 * wait state, so a listener sees the decisions and what it writes commits or rolls back with the
 * ticket.
 */
public record TicketReceived(TicketView ticket) {}
