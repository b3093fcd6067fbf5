package dev.supportflow.kb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Article rows ({@code kb_article}); tags are stored comma-separated. */
@Repository
class ArticleRepository {

  private final JdbcClient jdbc;

  ArticleRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Article> findAll() {
    return jdbc.sql("SELECT * FROM kb_article ORDER BY article_number")
        .query(ArticleRepository::map)
        .list();
  }

  Optional<Article> find(long number) {
    return jdbc.sql("SELECT * FROM kb_article WHERE article_number = ?")
        .param(number)
        .query(ArticleRepository::map)
        .optional();
  }

  Optional<Article> findBySlug(String slug) {
    return jdbc.sql("SELECT * FROM kb_article WHERE slug = ?")
        .param(slug)
        .query(ArticleRepository::map)
        .optional();
  }

  long insert(ArticleDraft a, Instant now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO kb_article (tenant, slug, title, body, tags, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            a.tenant(),
            a.slug(),
            a.title(),
            a.body(),
            String.join(",", a.tags()),
            utc(now),
            utc(now))
        .update(key, "article_number");
    return key.getKeyAs(Number.class).longValue();
  }

  void update(long number, ArticleDraft a, Instant now) {
    jdbc.sql(
            "UPDATE kb_article SET tenant = ?, title = ?, body = ?, tags = ?, updated_at = ? WHERE article_number = ?")
        .params(a.tenant(), a.title(), a.body(), String.join(",", a.tags()), utc(now), number)
        .update();
  }

  private static Article map(ResultSet rs, int row) throws SQLException {
    String tags = rs.getString("tags");
    return new Article(
        Article.idOf(rs.getLong("article_number")),
        rs.getString("tenant"),
        rs.getString("slug"),
        rs.getString("title"),
        rs.getString("body"),
        tags == null || tags.isBlank()
            ? List.of()
            : Arrays.stream(tags.split(",")).map(String::trim).toList(),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
