package dev.supportflow.mail;

import dev.supportflow.ticket.ClientReminded;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The reminder of an unanswered question goes to the client ({@code mail/reminder}). */
@Component
class ReminderMail {

  static final String KIND = "reminder";

  private final ClientMail mail;

  ReminderMail(ClientMail mail) {
    this.mail = mail;
  }

  @EventListener
  void on(ClientReminded reminded) {
    mail.send(reminded.ticket(), KIND, Map.of("text", reminded.text()));
  }
}
