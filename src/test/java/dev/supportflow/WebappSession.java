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
  private final String root;
  private final String base;

  private WebappSession(int port) {
    this.root = "http://localhost:" + port;
    this.base = root + "/camunda";
  }

  /**
   * Opens Tasklist (a session and its CSRF token), logs in with the demo password and reads who is
   * logged in, as Tasklist does.
   */
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
    // The login starts a new session; its first read hands out that session's CSRF token.
    session.get("/api/admin/auth/user/default");
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

  /** A GET of the product's API ({@code path} from the root), with this session's cookies only. */
  public HttpResponse<String> apiGet(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(root + path)).header("Accept", "application/json"));
  }

  /** A POST to the product's API with this session's cookies and this CSRF token (null: none). */
  public HttpResponse<String> apiPost(String path, String json, String csrfToken) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(root + path))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(BodyPublishers.ofString(json));
    if (csrfToken != null) {
      request.header("X-XSRF-TOKEN", csrfToken);
    }
    return send(request);
  }

  /** Logs out of the webapps, as Tasklist's menu does. */
  public void logout() {
    HttpResponse<String> logout =
        send(
            HttpRequest.newBuilder(uri("/api/admin/auth/user/default/logout"))
                .header("X-XSRF-TOKEN", csrfToken())
                .POST(BodyPublishers.noBody()));
    assertThat(logout.statusCode()).as(logout.body()).isIn(200, 204);
  }

  /** Camunda's CSRF token of this session, from its {@code XSRF-TOKEN} cookie. */
  public String csrfToken() {
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
