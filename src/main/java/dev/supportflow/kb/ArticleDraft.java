package dev.supportflow.kb;

import java.util.List;

/** The content of an article before it is stored: what a seed file or an editor gives. */
public record ArticleDraft(
    String tenant, String slug, String title, String body, List<String> tags) {

  public ArticleDraft {
    tags = List.copyOf(tags);
  }
}
