package dev.supportflow.mail;

import dev.supportflow.ticket.TicketClosed;
import dev.supportflow.ticket.TicketResolved;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * How the ticket ended, to the client: resolved with the resolution ({@code mail/resolved}), closed
 * with the reason ({@code mail/closed}).
 */
@Component
class TicketOutcomeMail {

  static final String RESOLVED = "resolved";
  static final String CLOSED = "closed";

  private final ClientMail mail;

  TicketOutcomeMail(ClientMail mail) {
    this.mail = mail;
  }

  @EventListener
  void on(TicketResolved resolved) {
    Map<String, Object> values = new HashMap<>();
    values.put("resolution", resolved.resolution());
    mail.send(resolved.ticket(), RESOLVED, values);
  }

  @EventListener
  void on(TicketClosed closed) {
    mail.send(closed.ticket(), CLOSED, Map.of("reason", closed.reason()));
  }
}
