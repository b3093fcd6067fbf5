package dev.supportflow.ticket;

import org.slf4j.MDC;

/**
 * The ticket id in the logging MDC under {@value #KEY}, so every log line of a ticket's work can be
 * found. The engine sets the same key from the business key while it runs a ticket's steps ({@code
 * logging-context-business-key} in application.yaml); this covers the work around the process.
 */
final class TicketLogContext {

  static final String KEY = "ticketId";

  private TicketLogContext() {}

  static MDC.MDCCloseable put(String ticketId) {
    return MDC.putCloseable(KEY, ticketId);
  }
}
