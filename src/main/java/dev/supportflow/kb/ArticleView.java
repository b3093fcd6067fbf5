package dev.supportflow.kb;

import java.time.Instant;
import java.util.List;

/** An article as {@code GET /api/kb/{id}} shows it. */
record ArticleView(
    String id, String tenant, String title, String body, List<String> tags, Instant updatedAt) {

  static ArticleView of(Article a) {
    return new ArticleView(a.id(), a.tenant(), a.title(), a.body(), a.tags(), a.updatedAt());
  }
}
