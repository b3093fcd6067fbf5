package dev.supportflow.announcement;

import java.time.Instant;

/** One announcement sent to one subscriber, at the e-mail the subscription had then. */
public record Delivery(
    long announcementId,
    String tenant,
    String userId,
    String email,
    String channel,
    Instant deliveredAt) {

  public static final String EMAIL = "EMAIL";
}
