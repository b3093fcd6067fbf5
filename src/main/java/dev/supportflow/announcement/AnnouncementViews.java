package dev.supportflow.announcement;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.supportflow.mail.Outbox;
import java.time.Instant;
import java.util.List;

/** What the announcement endpoints answer. */
final class AnnouncementViews {

  private AnnouncementViews() {}

  record SubscriptionView(
      String tenant, String userId, String email, Instant subscribedAt, Instant updatedAt) {

    static SubscriptionView of(Subscription s) {
      return new SubscriptionView(s.tenant(), s.userId(), s.email(), s.createdAt(), s.updatedAt());
    }
  }

  record AnnouncementView(
      long id,
      String tenant,
      String title,
      String body,
      String publishedBy,
      Instant publishedAt,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer deliveries) {

    static AnnouncementView of(Announcement a, Integer deliveries) {
      return new AnnouncementView(
          a.id(), a.tenant(), a.title(), a.body(), a.publishedBy(), a.publishedAt(), deliveries);
    }
  }

  /**
   * {@code deliveredAt}: when it was handed to the outbox (the publication); {@code status}: the
   * e-mail's, PENDING (also while retrying), SENT (at {@code sentAt}) or FAILED with {@code
   * failure}.
   */
  record DeliveryView(
      String userId,
      String email,
      String channel,
      Instant deliveredAt,
      String status,
      Instant sentAt,
      String failure) {

    static DeliveryView of(AnnouncementService.DeliveryStatus s) {
      Delivery d = s.delivery();
      Outbox.MailState mail = s.mail();
      String status = mail == null ? null : mail.status();
      if ("SENDING".equals(status)) {
        status = "PENDING";
      }
      return new DeliveryView(
          d.userId(),
          d.email(),
          d.channel(),
          d.deliveredAt(),
          status,
          mail == null ? null : mail.sentAt(),
          mail == null || !"FAILED".equals(mail.status()) ? null : mail.error());
    }
  }

  record Received(long announcementId, String email, Instant deliveredAt) {}

  record SubscriberView(
      String userId, String email, Instant subscribedAt, List<Received> received) {}
}
