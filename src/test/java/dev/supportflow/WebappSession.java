package dev.supportflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

/**
 * A browser's session with the Camunda webapps over real HTTP, logged in to Tasklist as the browser
 * does it: its cookies, and Camunda's CSRF token, which every modifying request must carry.
 */
public final class WebappSession {

  private final CookieManager cookies = new CookieManager();
  private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
  private final String base;

  private WebappSession(int port) {
    this.base = "http://localhost:" + port + "/camunda";
  }

  /** Opens Tasklist (a session and its CSRF token), then logs in with the demo password. */
  public static WebappSession login(int port, String user) {
    WebappSession session = new WebappSession(port);
    session.send(HttpRequest.newBuilder(session.uri("/app/tasklist/default/")));
    HttpResponse<String> login =
        session.send(
            HttpRequest.newBuilder(session.uri("/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", session.csrfToken())
                .POST(
                    BodyPublishers.ofString("username=" + user + "&password=" + HttpApi.PASSWORD)));
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    return session;
  }

  /** {@code path} below /camunda. */
  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)));
  }

  public HttpResponse<String> postJson(String path, String json, boolean withCsrfToken) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(json));
    if (withCsrfToken) {
      request.header("X-XSRF-TOKEN", csrfToken());
    }
    return send(request);
  }

  private String csrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .findFirst()
        .orElseThrow()
        .getValue();
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return browser.send(request.build(), BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(request.build().uri() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
