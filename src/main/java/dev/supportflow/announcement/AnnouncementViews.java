package dev.supportflow.announcement;

import com.fasterxml.jackson.annotation.JsonInclude;
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

  record DeliveryView(String userId, String email, String channel, Instant deliveredAt) {

    static DeliveryView of(Delivery d) {
      return new DeliveryView(d.userId(), d.email(), d.channel(), d.deliveredAt());
    }
  }

  record Received(long announcementId, String email, Instant deliveredAt) {}

  record SubscriberView(
      String userId, String email, Instant subscribedAt, List<Received> received) {}
}
