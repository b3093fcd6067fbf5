package dev.supportflow.ticket;

import static dev.supportflow.clientrecord.Rows.instant;
import static dev.supportflow.clientrecord.Rows.utc;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The conversation of each ticket, one row per message, oldest first. The process holds none of it:
 * it is read here, by ticket.
 */
@Repository
class TicketMessages {

  private final JdbcClient jdbc;

  TicketMessages(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  TicketMessage add(
      long ticketNumber,
      String authorId,
      TicketMessage.Role role,
      TicketMessage.Visibility visibility,
      String text,
      Instant at) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO ticket_message (ticket_number, author_id, author_role, visibility, text, created_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        .params(ticketNumber, authorId, role.name(), visibility.name(), text, utc(at))
        .update(key, "message_id");
    return new TicketMessage(
        key.getKeyAs(Number.class).longValue(), authorId, role, visibility, text, at);
  }

  /** The ticket's messages, oldest first; {@code INTERNAL} ones only when asked for. */
  List<TicketMessage> of(long ticketNumber, boolean withInternal) {
    return jdbc.sql(
            """
            SELECT * FROM ticket_message
            WHERE ticket_number = ? AND (? OR visibility = 'PUBLIC') ORDER BY message_id
            """)
        .params(ticketNumber, withInternal)
        .query(
            (rs, i) ->
                new TicketMessage(
                    rs.getLong("message_id"),
                    rs.getString("author_id"),
                    TicketMessage.Role.valueOf(rs.getString("author_role")),
                    TicketMessage.Visibility.valueOf(rs.getString("visibility")),
                    rs.getString("text"),
                    instant(rs, "created_at")))
        .list();
  }
}
