package dev.supportflow.kb;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * In-memory Lucene index of the articles: title (boosted), tags and body, analyzed as Portuguese;
 * the tenant is an exact-match filter. Thread-safe: many searches run while an article is
 * re-indexed, each on a consistent snapshot.
 *
 * <p>User text is never parsed as query syntax: it goes through the analyzer, and each distinct
 * term (at most {@link #MAX_TERMS}) becomes an OR-ed term query over the three fields. So {@code
 * (}, quotes or a whole ticket description are all valid queries, and a long text cannot exceed
 * Lucene's clause limit.
 */
final class ArticleIndex implements Closeable {

  static final int MAX_TERMS = 64;
  private static final int MAX_QUERY_CHARS = 20_000;
  private static final float TITLE_BOOST = 3f;
  private static final float TAGS_BOOST = 2f;

  private static final String ID = "id";
  private static final String TENANT = "tenant";
  private static final String TITLE = "title";
  private static final String TAGS = "tags";
  private static final String BODY = "body";

  private final Analyzer analyzer = new PortugueseTextAnalyzer();
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final IndexWriter writer;
  private final SearcherManager searchers;

  ArticleIndex() {
    try {
      writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
      searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds the articles, replacing any indexed under the same id, and makes them searchable. */
  void index(Collection<Article> articles) {
    try {
      for (Article article : articles) {
        writer.updateDocument(new Term(ID, article.id()), document(article));
      }
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The tenant's best matches for free text, best first; empty when the text has no searchable
   * word.
   */
  List<ArticleMatch> search(String tenant, String text, int limit) {
    if (tenant == null || text == null || limit < 1) {
      return List.of();
    }
    Query words = wordsQuery(text);
    if (words == null) {
      return List.of();
    }
    Query query =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(TENANT, tenant)), Occur.FILTER)
            .add(words, Occur.MUST)
            .build();
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        List<ArticleMatch> matches = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
          Document doc = searcher.storedFields().document(hit.doc);
          String id = doc.get(ID);
          matches.add(new ArticleMatch(id, doc.get(TITLE), "/api/kb/" + id, hit.score));
        }
        return matches;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Query wordsQuery(String text) {
    Set<String> terms =
        terms(text.length() > MAX_QUERY_CHARS ? text.substring(0, MAX_QUERY_CHARS) : text);
    if (terms.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String term : terms) {
      any.add(new BoostQuery(new TermQuery(new Term(TITLE, term)), TITLE_BOOST), Occur.SHOULD);
      any.add(new BoostQuery(new TermQuery(new Term(TAGS, term)), TAGS_BOOST), Occur.SHOULD);
      any.add(new TermQuery(new Term(BODY, term)), Occur.SHOULD);
    }
    return any.build();
  }

  /** The distinct analyzed terms of the text, in order, at most {@link #MAX_TERMS}. */
  Set<String> terms(String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream(BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken() && terms.size() < MAX_TERMS) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  private static Document document(Article article) {
    Document doc = new Document();
    doc.add(new StringField(ID, article.id(), Field.Store.YES));
    doc.add(new StringField(TENANT, article.tenant(), Field.Store.NO));
    doc.add(new TextField(TITLE, article.title(), Field.Store.YES));
    doc.add(new TextField(TAGS, String.join(" ", article.tags()), Field.Store.NO));
    doc.add(new TextField(BODY, article.body(), Field.Store.NO));
    return doc;
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    writer.close();
    directory.close();
  }
}
