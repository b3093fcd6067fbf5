package dev.supportflow.kb;

import static dev.supportflow.HttpApi.encode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.supportflow.HttpApi;
import dev.supportflow.SupportFlowIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /api/kb} over real HTTP (API.md "Knowledge base and announcements"). */
class KnowledgeBaseApiTest extends SupportFlowIntegrationTest {

  @Autowired KnowledgeBase knowledgeBase;

  @Test
  @DisplayName("O-7 GET /api/kb?q=rejeicao+225 as oobj-saas finds the Rejeição 225 article first")
  void searchWithoutAccents() {
    HttpApi.Response response = api.get("oobj-saas", "/api/kb?q=rejeicao+225").assertStatus(200);

    JsonNode matches = response.json();
    assertThat(matches.isArray()).isTrue();
    assertThat(matches.size()).isBetween(1, 10);
    JsonNode first = matches.get(0);
    assertThat(first.path("title").asText()).contains("Rejeição 225");
    assertThat(first.path("id").asText()).matches("KB-\\d+");
    assertThat(first.path("url").asText()).isEqualTo("/api/kb/" + first.path("id").asText());
    assertThat(first.path("score").isNumber()).isTrue();
    assertThat(first.path("score").asDouble()).isPositive();
  }

  @Test
  @DisplayName("O-7 GET /api/kb/{id} returns the article: id, tenant, title, body, tags, updatedAt")
  void readArticle() {
    String id =
        api.get("oobj-saas", "/api/kb?q=" + encode("certificados vencidos") + "&limit=1")
            .assertStatus(200)
            .json()
            .get(0)
            .path("id")
            .asText();

    JsonNode article = api.get("oobj-saas", "/api/kb/" + id).assertStatus(200).json();

    assertThat(article.path("id").asText()).isEqualTo(id);
    assertThat(article.path("tenant").asText()).isEqualTo("oobj");
    assertThat(article.path("title").asText()).containsIgnoringCase("certificado");
    assertThat(article.path("body").asText()).contains("A1", "A3");
    assertThat(article.path("tags").isArray()).isTrue();
    assertThat(article.path("tags").size()).isPositive();
    assertThat(article.path("updatedAt").asText()).endsWith("Z");
  }

  @Test
  @DisplayName("O-7 a leiloes client never sees oobj articles, neither in search nor by id (404)")
  void tenantIsolation() {
    List<String> oobjIds =
        HttpApi.ids(api.get("oobj-saas", "/api/kb?q=rejeicao+225+schema&limit=50").json());
    assertThat(oobjIds).isNotEmpty();

    List<String> leiloesIds =
        HttpApi.ids(
            api.get("leiloes-basic", "/api/kb?q=rejeicao+225+schema+xml+nfe&limit=50")
                .assertStatus(200)
                .json());
    assertThat(leiloesIds).doesNotContainAnyElementsOf(oobjIds);
    api.get("leiloes-basic", "/api/kb/" + oobjIds.get(0)).assertProblem(404);

    JsonNode sala =
        api.get("leiloes-basic", "/api/kb?q=" + encode("sala de leilao nao abre")).json();
    assertThat(sala.get(0).path("title").asText()).containsIgnoringCase("sala de leilão");
  }

  @Test
  @DisplayName("O-7 staff search their tenant's articles; an admin names the tenant, or gets 400")
  void staffAndAdmin() {
    assertThat(api.get("oobj-analyst", "/api/kb?q=danfe").assertStatus(200).json().size())
        .isPositive();
    api.get("oobj-analyst", "/api/kb?q=danfe&tenant=leiloes").assertProblem(403);
    api.get("admin", "/api/kb?q=danfe").assertProblem(400);
    assertThat(api.get("admin", "/api/kb?q=danfe&tenant=oobj").assertStatus(200).json().size())
        .isPositive();
  }

  @Test
  @DisplayName("O-7 unknown article ids are 404 problem+json")
  void unknownIds() {
    for (String id : List.of("KB-999999", "KB-", "KB-abc", "nada", "KB-99999999999999999999")) {
      api.get("oobj-saas", "/api/kb/" + id).assertProblem(404);
    }
  }

  @Test
  @DisplayName("O-7 blank q is 400 problem+json naming the field; a bad limit too")
  void blankQuery() {
    HttpApi.Response missing = api.get("oobj-saas", "/api/kb").assertProblem(400);
    assertThat(missing.json().path("errors").get(0).path("field").asText()).isEqualTo("q");
    api.get("oobj-saas", "/api/kb?q=+++").assertProblem(400);
    api.get("oobj-saas", "/api/kb?q=nfe&limit=0").assertProblem(400);
    api.get("oobj-saas", "/api/kb?q=nfe&limit=abc").assertProblem(400);
  }

  @Test
  @DisplayName("O-7 query syntax in user input is plain text: q=( and friends answer 200")
  void garbageQueries() {
    for (String q : List.of("(", "\"", "*:*", "a OR", "[1 TO", "~", "\\")) {
      HttpApi.Response response = api.get("oobj-saas", "/api/kb?q=" + encode(q)).assertStatus(200);
      assertThat(response.json().isArray()).as(q).isTrue();
    }
  }

  @Test
  @DisplayName("O-7 without credentials: 401 problem+json")
  void anonymous() {
    api.get(null, "/api/kb?q=nfe").assertProblem(401);
    api.get(null, "/api/kb/KB-1").assertProblem(401);
  }

  @Test
  @DisplayName("O-7 a saved article is searchable at once, and saving it again updates it in place")
  void saveReindexes() {
    Article saved =
        knowledgeBase.save(
            new ArticleDraft(
                "oobj",
                "test-zebra-impressora",
                "Impressora zebra",
                "Etiquetas com a impressora zebra.",
                List.of("zebra")));
    assertThat(knowledgeBase.search("oobj", "zebras", 5))
        .extracting(ArticleMatch::id)
        .contains(saved.id());

    Article again =
        knowledgeBase.save(
            new ArticleDraft(
                "oobj",
                "test-zebra-impressora",
                "Impressora térmica",
                "Etiquetas com a impressora térmica.",
                List.of("etiqueta")));
    assertThat(again.id()).isEqualTo(saved.id());
    assertThat(knowledgeBase.search("oobj", "zebra", 5))
        .extracting(ArticleMatch::id)
        .doesNotContain(saved.id());
    assertThat(knowledgeBase.search("oobj", "termica", 5))
        .extracting(ArticleMatch::id)
        .contains(saved.id());
  }

  @Test
  @DisplayName("O-7 the same search asked again after an article is saved finds the new article")
  void repeatedSearchSeesSavedArticle() {
    String query = "leitor de código girafa";
    assertThat(knowledgeBase.search("oobj", query, 5))
        .extracting(ArticleMatch::title)
        .doesNotContain("Leitor girafa");

    Article saved =
        knowledgeBase.save(
            new ArticleDraft(
                "oobj",
                "test-leitor-girafa",
                "Leitor girafa",
                "O leitor de código girafa não lê etiquetas.",
                List.of("girafa")));

    assertThat(knowledgeBase.search("oobj", query, 5))
        .extracting(ArticleMatch::id)
        .contains(saved.id());
  }

  @Test
  @DisplayName("O-7 search with a whole ticket text stays fast (intake calls it on every ticket)")
  void fastEnough() {
    String ticket =
        "Erro ao emitir nota: rejeição 610 total da NF difere do somatório. "
            + "Desde ontem várias notas de venda com desconto e frete são rejeitadas pela SEFAZ. "
                .repeat(40);
    for (int i = 0; i < 200; i++) {
      knowledgeBase.search("oobj", ticket, 3); // warm-up
    }
    long start = System.nanoTime();
    int runs = 500;
    for (int i = 0; i < runs; i++) {
      assertThat(knowledgeBase.search("oobj", ticket, 3)).isNotEmpty();
    }
    double millisEach = (System.nanoTime() - start) / 1e6 / runs;
    assertThat(millisEach).as("ms per search").isLessThan(20);
    assertThat(knowledgeBase.search("oobj", ticket, 3).get(0).title()).contains("610");
  }
}
