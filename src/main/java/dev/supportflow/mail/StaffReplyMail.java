package dev.supportflow.mail;

import dev.supportflow.ticket.StaffReplied;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A public staff reply goes to the client with its text (template {@code mail/staff-reply}); a
 * reply that asks the client something is the "waiting for you" mail instead ({@code
 * mail/waiting-for-client}): one mail, with the question and what waiting means.
 */
@Component
class StaffReplyMail {

  static final String KIND = "staff-reply";
  static final String WAITING = "waiting-for-client";

  private final ClientMail mail;

  StaffReplyMail(ClientMail mail) {
    this.mail = mail;
  }

  @EventListener
  void on(StaffReplied replied) {
    mail.send(
        replied.ticket(), replied.asksClient() ? WAITING : KIND, Map.of("text", replied.text()));
  }
}
