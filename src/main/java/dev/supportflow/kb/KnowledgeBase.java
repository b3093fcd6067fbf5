package dev.supportflow.kb;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The knowledge base (O-7): articles in the database, searched through an in-memory full-text
 * index.
 *
 * <p>At start-up the shipped articles ({@code kb/*.md}) are inserted when missing (by slug) or
 * updated when their file changed, then the index is built from the table. {@link #search} is
 * thread-safe and fast enough to run on every ticket intake.
 */
@Component
public class KnowledgeBase implements SmartInitializingSingleton, DisposableBean {

  public static final int MAX_LIMIT = 50;
  private static final long MAX_CACHED_QUERY_CHARS = 4_000_000;
  private static final Logger log = LoggerFactory.getLogger(KnowledgeBase.class);

  private final ArticleRepository articles;
  private final Clock clock;
  private final ArticleIndex index = new ArticleIndex();

  /**
   * Answers by the index version they were found in: every view of a ticket repeats its search, and
   * each Lucene search allocates hundreds of kilobytes. A change to the index starts a new version,
   * so an answer is never older than the index (docs/benchmarks.md, "Reading a ticket").
   */
  private final Cache<Search, List<ArticleMatch>> recentSearches =
      Caffeine.newBuilder()
          .maximumWeight(MAX_CACHED_QUERY_CHARS)
          .weigher((Search search, List<ArticleMatch> matches) -> search.weight())
          .build();

  private final AtomicLong indexVersion = new AtomicLong();

  KnowledgeBase(ArticleRepository articles, Clock clock) {
    this.articles = articles;
    this.clock = clock;
  }

  @Override
  public void afterSingletonsInstantiated() {
    int changed = 0;
    for (ArticleDraft seed : SeedArticles.load()) {
      if (storeIfChanged(seed)) {
        changed++;
      }
    }
    List<Article> all = articles.findAll();
    index.index(all);
    indexVersion.incrementAndGet();
    log.info(
        "Knowledge base: {} articles indexed ({} seed articles inserted or updated)",
        all.size(),
        changed);
  }

  /**
   * The tenant's articles that best match free text (a search box, or a ticket's subject and
   * description), best first, at most {@code limit} (capped at {@value #MAX_LIMIT}). Never throws
   * on odd input: text without a searchable word gives an empty list.
   */
  public List<ArticleMatch> search(String tenant, String query, int limit) {
    int capped = Math.min(limit, MAX_LIMIT);
    return recentSearches.get(
        new Search(indexVersion.get(), tenant, query, capped),
        search -> List.copyOf(index.search(tenant, query, capped)));
  }

  /** The article with this public id ({@code KB-12}), of any tenant: callers check the tenant. */
  public Optional<Article> find(String id) {
    long number = Article.numberOf(id);
    return number < 0 ? Optional.empty() : articles.find(number);
  }

  /** Stores the article (new slug: insert; known slug: update) and makes it searchable at once. */
  public Article save(ArticleDraft draft) {
    storeIfChanged(draft);
    Article saved = articles.findBySlug(draft.slug()).orElseThrow();
    index.index(List.of(saved));
    indexVersion.incrementAndGet();
    return saved;
  }

  private boolean storeIfChanged(ArticleDraft draft) {
    Optional<Article> existing = articles.findBySlug(draft.slug());
    if (existing.isEmpty()) {
      try {
        articles.insert(draft, clock.instant());
        return true;
      } catch (DuplicateKeyException e) {
        return false; // another instance on the same database inserted it a moment ago
      }
    }
    Article current = existing.get();
    if (current.tenant().equals(draft.tenant())
        && current.title().equals(draft.title())
        && current.body().equals(draft.body())
        && current.tags().equals(draft.tags())) {
      return false;
    }
    articles.update(Article.numberOf(current.id()), draft, clock.instant());
    return true;
  }

  /** A search as asked, in the index version it runs on. */
  private record Search(long indexVersion, String tenant, String query, int limit) {
    int weight() {
      return 100 + (query == null ? 0 : query.length());
    }
  }

  @Override
  public void destroy() throws Exception {
    index.close();
  }
}
