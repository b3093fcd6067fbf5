package dev.supportflow.mail;

import dev.supportflow.ticket.StaffReplied;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A public staff reply goes to the client with its text (template {@code mail/staff-reply}). */
@Component
class StaffReplyMail {

  static final String KIND = "staff-reply";

  private final ClientMail mail;

  StaffReplyMail(ClientMail mail) {
    this.mail = mail;
  }

  @EventListener
  void on(StaffReplied replied) {
    mail.send(replied.ticket(), KIND, Map.of("text", replied.text()));
  }
}
