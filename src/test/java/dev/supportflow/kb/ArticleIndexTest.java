package dev.supportflow.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The analyzer and the index on the shipped articles, without Spring or a database. */
class ArticleIndexTest {

  private static final ArticleIndex index = new ArticleIndex();
  private static final Map<String, Article> bySlug = new java.util.HashMap<>();

  @BeforeAll
  static void indexSeeds() {
    List<Article> articles = new ArrayList<>();
    long number = 1;
    for (ArticleDraft d : SeedArticles.load()) {
      Article a =
          new Article(
              Article.idOf(number++),
              d.tenant(),
              d.slug(),
              d.title(),
              d.body(),
              d.tags(),
              Instant.EPOCH,
              Instant.EPOCH);
      articles.add(a);
      bySlug.put(a.slug(), a);
    }
    index.index(articles);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  @DisplayName(
      "O-7 the product ships at least 12 articles per tenant, each with a title, a body and tags")
  void seeds() {
    Map<String, Long> perTenant =
        bySlug.values().stream()
            .collect(Collectors.groupingBy(Article::tenant, Collectors.counting()));
    assertThat(perTenant.get("oobj")).isGreaterThanOrEqualTo(12);
    assertThat(perTenant.get("leiloes")).isGreaterThanOrEqualTo(12);
    assertThat(bySlug.values())
        .allSatisfy(
            a -> {
              assertThat(a.title()).isNotBlank().hasSizeLessThanOrEqualTo(200);
              assertThat(a.body()).hasSizeGreaterThan(200).hasSizeLessThanOrEqualTo(20_000);
              assertThat(a.tags()).isNotEmpty();
            });
  }

  @Test
  @DisplayName("O-7 'rejeicao 225' without accents finds Rejeição 225 first")
  void accentsFolded() {
    assertThat(first("oobj", "rejeicao 225")).isEqualTo(id("oobj-rejeicao-225-schema-do-lote"));
    assertThat(first("oobj", "REJEIÇÃO 778")).isEqualTo(id("oobj-rejeicao-778-ncm-inexistente"));
  }

  @Test
  @DisplayName(
      "O-7 word forms: 'certificados vencidos' finds the article about an expired certificate")
  void wordForms() {
    assertThat(first("oobj", "certificados vencidos"))
        .isEqualTo(id("oobj-certificado-digital-vencido"));
    assertThat(first("leiloes", "os lances não aparecem"))
        .isEqualTo(id("leiloes-lances-nao-aparecem"));
    assertThat(first("oobj", "nfe duplicada")).isEqualTo(id("oobj-rejeicao-204-539-duplicidade"));
  }

  @Test
  @DisplayName("O-7 a ticket's subject and description as the query finds the matching article")
  void ticketText() {
    String ticket =
        "Sala de leilão não abre. Desde cedo os arrematantes dizem que a sala fica carregando no navegador.";
    assertThat(first("leiloes", ticket)).isEqualTo(id("leiloes-sala-de-leilao-nao-abre"));
    assertThat(first("oobj", "Não consigo cancelar a nota, passou o prazo de 24 horas"))
        .isEqualTo(id("oobj-cancelamento-fora-do-prazo"));
  }

  @Test
  @DisplayName("O-7 search is per tenant: leiloes never gets oobj articles")
  void tenantFilter() {
    assertThat(index.search("leiloes", "rejeição 225 schema xml NF-e certificado", 50))
        .allSatisfy(m -> assertThat(bySlug.get(slugOf(m.id())).tenant()).isEqualTo("leiloes"));
    assertThat(index.search("nobody", "rejeição", 10)).isEmpty();
  }

  @Test
  @DisplayName("O-7 garbage queries never throw: syntax characters, stop words only, huge text")
  void garbage() {
    for (String q :
        List.of(
            "(",
            ")",
            "\"",
            "*",
            "?",
            "~",
            "a AND",
            "OR",
            "[1 TO",
            "\\",
            ":",
            "!!!",
            "",
            "   ",
            "de a o que",
            "título:(*",
            "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀")) {
      assertThat(index.search("oobj", q, 5)).as(q).isNotNull();
    }
    assertThat(index.search("oobj", "(", 5)).isEmpty();
    String huge =
        "rejeição schema xml lote certificado ".repeat(3000)
            + String.join(
                " ",
                java.util.stream.IntStream.range(0, 5000).mapToObj(i -> "palavra" + i).toList());
    assertThat(index.search("oobj", huge, 5)).isNotEmpty();
    assertThat(index.search("oobj", null, 5)).isEmpty();
  }

  @Test
  @DisplayName("O-7 matches carry the API address and a score, best first")
  void matchShape() {
    List<ArticleMatch> matches = index.search("oobj", "contingência SEFAZ fora do ar", 5);
    assertThat(matches).isNotEmpty().hasSizeLessThanOrEqualTo(5);
    assertThat(matches.get(0).url()).isEqualTo("/api/kb/" + matches.get(0).id());
    assertThat(matches)
        .extracting(ArticleMatch::score)
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(matches.get(0).id()).isEqualTo(id("oobj-contingencia-svc-epec"));
  }

  @Test
  @DisplayName("O-7 the analyzer folds accents, drops stop words and stems plurals")
  void analyzer() {
    assertThat(index.terms("Certificados Vencidos")).isEqualTo(index.terms("certificado vencido"));
    assertThat(index.terms("Rejeição")).isEqualTo(index.terms("rejeicao"));
    assertThat(index.terms("NF-e")).isEqualTo(index.terms("NFe"));
    assertThat(index.terms("de para não nao com")).isEmpty();
  }

  @Test
  @DisplayName("O-7 a re-indexed article replaces its previous version")
  void reindex() {
    ArticleIndex own = new ArticleIndex();
    Article v1 =
        new Article(
            "KB-1",
            "oobj",
            "x",
            "Primeira versão",
            "texto sobre impressora",
            List.of(),
            Instant.EPOCH,
            Instant.EPOCH);
    own.index(List.of(v1));
    own.index(
        List.of(
            new Article(
                "KB-1",
                "oobj",
                "x",
                "Segunda versão",
                "texto sobre scanner",
                List.of(),
                Instant.EPOCH,
                Instant.EPOCH)));
    assertThat(own.search("oobj", "impressora", 5)).isEmpty();
    assertThat(own.search("oobj", "scanner", 5))
        .extracting(ArticleMatch::title)
        .containsExactly("Segunda versão");
  }

  private static String first(String tenant, String query) {
    List<ArticleMatch> matches = index.search(tenant, query, 5);
    assertThat(matches).as(query).isNotEmpty();
    return matches.get(0).id();
  }

  private static String id(String slug) {
    assertThat(bySlug).containsKey(slug);
    return bySlug.get(slug).id();
  }

  private static String slugOf(String id) {
    return bySlug.values().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().slug();
  }
}
