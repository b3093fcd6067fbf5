package dev.supportflow.announcement;

import java.time.Instant;

/** News about the product or the legislation, published by staff to the tenant's subscribers. */
public record Announcement(
    long id, String tenant, String title, String body, String publishedBy, Instant publishedAt) {}
