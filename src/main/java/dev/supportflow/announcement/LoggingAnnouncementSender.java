package dev.supportflow.announcement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Logs each delivery instead of sending e-mail. A real sender is another {@link AnnouncementSender}
 * bean marked {@code @Primary}, which then takes its place.
 */
@Component
class LoggingAnnouncementSender implements AnnouncementSender {

  private static final Logger log = LoggerFactory.getLogger(LoggingAnnouncementSender.class);

  @Override
  public void send(Announcement announcement, Delivery delivery) {
    log.info(
        "Announcement {} '{}' of {} for {} <{}> (logged only, no e-mail sent)",
        announcement.id(),
        announcement.title(),
        announcement.tenant(),
        delivery.userId(),
        delivery.email());
  }
}
