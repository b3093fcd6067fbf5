package dev.supportflow.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The articles shipped with the product: one file {@code kb/<slug>.md} each, a small header then
 * the body.
 *
 * <pre>
 * ---
 * tenant: oobj
 * title: Rejeição 225: falha no schema XML do lote de NF-e
 * tags: rejeição, 225, schema, xml
 * ---
 * Body text…
 * </pre>
 */
final class SeedArticles {

  static final String LOCATION = "classpath*:kb/*.md";
  private static final String FENCE = "---";

  private SeedArticles() {}

  static List<ArticleDraft> load() {
    try {
      List<ArticleDraft> drafts = new ArrayList<>();
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
        String name = resource.getFilename();
        String slug = name.substring(0, name.length() - ".md".length());
        drafts.add(parse(slug, resource.getContentAsString(StandardCharsets.UTF_8)));
      }
      return drafts;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the knowledge-base seed articles", e);
    }
  }

  static ArticleDraft parse(String slug, String text) {
    String normalized = text.replace("\r\n", "\n");
    if (!normalized.startsWith(FENCE + "\n")) {
      throw new IllegalArgumentException("kb/" + slug + ".md: must start with a '---' header");
    }
    int end = normalized.indexOf("\n" + FENCE + "\n", FENCE.length());
    if (end < 0) {
      throw new IllegalArgumentException("kb/" + slug + ".md: header not closed with '---'");
    }
    Map<String, String> header = new HashMap<>();
    for (String line : normalized.substring(FENCE.length() + 1, end).split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        header.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
      }
    }
    String body = normalized.substring(end + FENCE.length() + 2).strip();
    String tenant = required(header, "tenant", slug);
    String title = required(header, "title", slug);
    List<String> tags =
        Arrays.stream(header.getOrDefault("tags", "").split(","))
            .map(String::trim)
            .filter(t -> !t.isEmpty())
            .toList();
    if (body.isEmpty()) {
      throw new IllegalArgumentException("kb/" + slug + ".md: empty body");
    }
    return new ArticleDraft(tenant, slug, title, body, tags);
  }

  private static String required(Map<String, String> header, String key, String slug) {
    String value = header.get(key);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("kb/" + slug + ".md: header '" + key + "' is missing");
    }
    return value;
  }
}
