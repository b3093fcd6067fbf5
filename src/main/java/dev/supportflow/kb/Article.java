package dev.supportflow.kb;

import java.time.Instant;
import java.util.List;

/** A knowledge-base article of one tenant. {@code id} is the public id ({@code KB-12}). */
public record Article(
    String id,
    String tenant,
    String slug,
    String title,
    String body,
    List<String> tags,
    Instant createdAt,
    Instant updatedAt) {

  static final String PREFIX = "KB-";

  public Article {
    tags = List.copyOf(tags);
  }

  static String idOf(long number) {
    return PREFIX + number;
  }

  /** The number behind a public id, or -1 when the text is no article id. */
  static long numberOf(String id) {
    if (id == null || !id.startsWith(PREFIX) || id.length() > PREFIX.length() + 18) {
      return -1;
    }
    String digits = id.substring(PREFIX.length());
    if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    return Long.parseLong(digits);
  }

  String url() {
    return "/api/kb/" + id;
  }
}
