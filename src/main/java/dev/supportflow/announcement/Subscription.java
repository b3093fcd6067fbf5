package dev.supportflow.announcement;

import java.time.Instant;

/** A client user who receives the tenant's announcements at this e-mail. */
public record Subscription(
    String tenant, String userId, String email, Instant createdAt, Instant updatedAt) {}
