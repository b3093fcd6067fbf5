package dev.supportflow.announcement;

/**
 * Hands one delivery to the outside world (e-mail). Called once per delivery after the announcement
 * and its delivery rows are committed; a failure is logged and does not undo the publication. The
 * shipped implementation, {@link LoggingAnnouncementSender}, only logs: to send real e-mail,
 * provide another bean of this type (see docs/announcements.md).
 */
public interface AnnouncementSender {

  void send(Announcement announcement, Delivery delivery);
}
