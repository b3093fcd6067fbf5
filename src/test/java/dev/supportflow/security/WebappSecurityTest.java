package dev.supportflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.supportflow.HttpApi.Response;
import dev.supportflow.SupportFlowIntegrationTest;
import dev.supportflow.WebappSession;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The webapps' own protections, which Spring Security leaves to Camunda under /camunda. */
class WebappSecurityTest extends SupportFlowIntegrationTest {

  @Test
  @DisplayName(
      "C-5 webapps: a logged-in analyst's modifying request without Camunda's CSRF token is refused")
  void csrfTokenRequired() {
    WebappSession tasklist = WebappSession.login(port, "leiloes-analyst");

    HttpResponse<String> withoutToken =
        tasklist.postJson(
            "/api/engine/engine/default/task/any/claim",
            "{\"userId\": \"leiloes-analyst\"}",
            false);

    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(withoutToken.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
  }

  @Test
  @DisplayName("C-5 webapps: without a login the webapps' engine API answers 401, not data")
  void webappApiNeedsLogin() {
    Response response = api.get(null, "/camunda/api/engine/engine/default/task");

    assertThat(response.status()).as(response.toString()).isEqualTo(401);
  }
}
