package dev.supportflow.kb;

import dev.supportflow.security.Caller;
import dev.supportflow.web.ApiException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search and read the caller's tenant's knowledge base (O-7). Another tenant's article is a 404.
 */
@RestController
@RequestMapping(path = "/api/kb", produces = MediaType.APPLICATION_JSON_VALUE)
class KnowledgeBaseController {

  private static final int MAX_QUERY_LENGTH = 20_000;

  private final KnowledgeBase knowledgeBase;

  KnowledgeBaseController(KnowledgeBase knowledgeBase) {
    this.knowledgeBase = knowledgeBase;
  }

  @GetMapping
  List<ArticleMatch> search(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "10") int limit,
      @RequestParam(required = false) String tenant) {
    if (q == null || q.isBlank()) {
      throw ApiException.badRequest("q", "required: the words to search for");
    }
    if (q.length() > MAX_QUERY_LENGTH) {
      throw ApiException.badRequest("q", "at most " + MAX_QUERY_LENGTH + " characters");
    }
    if (limit < 1 || limit > KnowledgeBase.MAX_LIMIT) {
      throw ApiException.badRequest("limit", "between 1 and " + KnowledgeBase.MAX_LIMIT);
    }
    return knowledgeBase.search(caller.tenantFor(tenant), q, limit);
  }

  @GetMapping("/{id}")
  ArticleView get(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return knowledgeBase
        .find(id)
        .filter(article -> caller.belongsTo(article.tenant()))
        .map(ArticleView::of)
        .orElseThrow(() -> ApiException.notFound("No article " + id + "."));
  }
}
