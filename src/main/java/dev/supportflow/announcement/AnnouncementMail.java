package dev.supportflow.announcement;

import dev.supportflow.mail.MailTemplates;
import dev.supportflow.mail.Outbox;
import dev.supportflow.policy.SupportFlowProperties;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * An announcement to one subscriber, by e-mail (template {@code mail/announcement}), written to the
 * outbox in the publication's transaction; the delivery shows what became of it.
 */
@Component
class AnnouncementMail {

  static final String KIND = "announcement";

  private final MailTemplates templates;
  private final Outbox outbox;
  private final SupportFlowProperties properties;

  AnnouncementMail(MailTemplates templates, Outbox outbox, SupportFlowProperties properties) {
    this.templates = templates;
    this.outbox = outbox;
    this.properties = properties;
  }

  /** Writes the mail to the outbox (the caller's transaction) and returns its id. */
  long enqueue(Announcement announcement, String email) {
    MailTemplates.Rendered body =
        templates.render(
            announcement.tenant(),
            KIND,
            Map.of(
                "title", announcement.title(),
                "body", announcement.body(),
                "tenantName", properties.tenant(announcement.tenant()).name()));
    return outbox.enqueue(
        new Outbox.OutgoingMail(
            announcement.tenant(), KIND, "ANN-" + announcement.id(), email, body));
  }
}
