package dev.supportflow.ticket;

import java.time.Instant;

/**
 * One message of a ticket's conversation (API.md, "Conversation"). Clients never see {@code
 * INTERNAL} ones.
 */
public record TicketMessage(
    long id, String authorId, Role authorRole, Visibility visibility, String text, Instant at) {

  public enum Role {
    CLIENT,
    STAFF
  }

  public enum Visibility {
    PUBLIC,
    INTERNAL
  }

  /** The longest text a message takes. */
  static final int MAX_TEXT = 20000;
}
