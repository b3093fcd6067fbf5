package dev.supportflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.supportflow.HttpApi;
import dev.supportflow.SupportFlowIntegrationTest;
import dev.supportflow.WebappSession;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The product's own pages call /api with the login they share with Tasklist. */
class WebappSessionApiTest extends SupportFlowIntegrationTest {

  private static final String BLANK_ANNOUNCEMENT = "{\"title\": \"\", \"body\": \"\"}";

  @Test
  @DisplayName("A Tasklist login reads /api as the same caller HTTP Basic gives")
  void sessionReadsAsTheUser() throws Exception {
    WebappSession session = WebappSession.login(port, "leiloes-supervisor");

    HttpResponse<String> viaSession = session.apiGet("/api/tickets?size=100");

    assertThat(viaSession.statusCode()).as(viaSession.body()).isEqualTo(200);
    assertThat(HttpApi.JSON.readTree(viaSession.body()))
        .isEqualTo(api.get("leiloes-supervisor", "/api/tickets?size=100").assertStatus(200).json());
  }

  @Test
  @DisplayName("A modifying /api call on a Tasklist login without the session's CSRF token is 403")
  void modifyingCallNeedsTheCsrfToken() {
    WebappSession session = WebappSession.login(port, "leiloes-supervisor");

    HttpResponse<String> withoutToken =
        session.apiPost("/api/announcements", BLANK_ANNOUNCEMENT, null);

    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(withoutToken.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }

  @Test
  @DisplayName("A modifying /api call with the session's CSRF token reaches the endpoint")
  void modifyingCallWithTheTokenPasses() {
    WebappSession session = WebappSession.login(port, "leiloes-supervisor");

    HttpResponse<String> withToken =
        session.apiPost("/api/announcements", BLANK_ANNOUNCEMENT, session.csrfToken());

    // The endpoint's own validation answers: authentication and the token were accepted.
    assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(400);
    assertThat(withToken.body()).contains("title");
  }

  @Test
  @DisplayName("A wrong CSRF token on a Tasklist login is 403 too")
  void wrongTokenIsRefused() {
    WebappSession session = WebappSession.login(port, "leiloes-supervisor");

    assertThat(
            session.apiPost("/api/announcements", BLANK_ANNOUNCEMENT, "not-the-token").statusCode())
        .isEqualTo(403);
  }

  @Test
  @DisplayName("GET /api/session tells a page its user and the CSRF token its session accepts")
  void sessionTellsTheToken() throws Exception {
    WebappSession session = WebappSession.login(port, "leiloes-supervisor");

    JsonNode me = HttpApi.JSON.readTree(session.apiGet("/api/session").body());

    assertThat(me.path("userId").asText()).isEqualTo("leiloes-supervisor");
    assertThat(me.path("tenantIds")).extracting(JsonNode::asText).containsExactly("leiloes");
    assertThat(me.path("csrfToken").asText()).isEqualTo(session.csrfToken());
    JsonNode basic = api.get("leiloes-supervisor", "/api/session").assertStatus(200).json();
    assertThat(basic.path("csrfToken").isNull()).as(basic.toString()).isTrue();
  }

  @Test
  @DisplayName("After logging out of the webapps /api answers 401 problem+json")
  void loggedOutIsAnonymous() {
    WebappSession session = WebappSession.login(port, "leiloes-supervisor");
    session.logout();

    HttpResponse<String> afterLogout = session.apiGet("/api/tickets");

    assertThat(afterLogout.statusCode()).isEqualTo(401);
    assertThat(afterLogout.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }
}
