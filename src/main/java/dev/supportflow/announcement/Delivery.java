package dev.supportflow.announcement;

import java.time.Instant;

/**
 * One announcement sent to one subscriber, at the e-mail the subscription had then; {@code mailId}
 * is its message in the outbox (null for deliveries made before announcements went by e-mail).
 */
public record Delivery(
    long announcementId,
    String tenant,
    String userId,
    String email,
    String channel,
    Instant deliveredAt,
    Long mailId) {

  public static final String EMAIL = "EMAIL";
}
