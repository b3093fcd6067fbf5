package dev.supportflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.supportflow.HttpCalls;
import dev.supportflow.HttpCalls.Response;
import dev.supportflow.SupportFlowIntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The webapps' own protections, which Spring Security leaves to Camunda under /camunda. */
class WebappSecurityTest extends SupportFlowIntegrationTest {

  @LocalServerPort
  int port;

  @Test
  @DisplayName("C-5 webapps: a logged-in analyst's modifying request without Camunda's CSRF token is refused")
  void csrfTokenRequired() throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://localhost:" + port + "/camunda";
    browser.send(HttpRequest.newBuilder(URI.create(base + "/app/tasklist/default/")).build(),
        BodyHandlers.discarding());
    String token = cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
            URI.create(base + "/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .POST(BodyPublishers.ofString("username=leiloes-analyst&password=demo")).build(), BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

    HttpResponse<String> withoutToken = browser.send(HttpRequest.newBuilder(
            URI.create(base + "/api/engine/engine/default/task/any/claim"))
        .header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString("{\"userId\": \"leiloes-analyst\"}")).build(), BodyHandlers.ofString());

    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(withoutToken.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
  }

  @Test
  @DisplayName("C-5 webapps: without a login the webapps' engine API answers 401, not data")
  void webappApiNeedsLogin() {
    Response response = new HttpCalls(port).get(null, "/camunda/api/engine/engine/default/task");

    assertThat(response.status()).as(response.toString()).isEqualTo(401);
  }
}
