package dev.supportflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Real HTTP calls to the running test server, as a demo user (password {@link #PASSWORD}) or
 * anonymously ({@code user} null). Bodies are JSON: a String or a Jackson node.
 */
public final class HttpApi {

  public static final String PASSWORD = "demo";
  public static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final int port;

  public HttpApi(int port) {
    this.port = port;
  }

  public Response get(String user, String path) {
    return send(user, "GET", path, null);
  }

  public Response post(String user, String path, Object json) {
    return send(user, "POST", path, json);
  }

  public Response delete(String user, String path) {
    return send(user, "DELETE", path, null);
  }

  public Response send(String user, String method, String path, Object json) {
    return json == null
        ? exchange(user, PASSWORD, method, path, BodyPublishers.noBody())
        : exchange(
            user,
            PASSWORD,
            method,
            path,
            BodyPublishers.ofString(json.toString(), StandardCharsets.UTF_8),
            "Content-Type",
            "application/json");
  }

  /**
   * Any request: any password, body and headers ({@code headers}: name, value, name, value…).
   * Accept is JSON unless a header sets it.
   */
  public Response exchange(
      String user,
      String password,
      String method,
      String path,
      BodyPublisher body,
      String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .method(method, body);
    boolean accept = false;
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
      accept |= headers[i].equalsIgnoreCase("Accept");
    }
    if (!accept) {
      request.header("Accept", "application/json");
    }
    if (user != null) {
      request.header("Authorization", RawHttp.basic(user, password));
    }
    String description = method + " " + path + (user == null ? "" : " as " + user);
    try {
      var response = HTTP.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(description, response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new AssertionError(description + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * An anonymous GET that takes any format, as a monitoring system reads health and Prometheus'
   * metrics.
   */
  public Response probe(String path) {
    return exchange(null, null, "GET", path, BodyPublishers.noBody(), "Accept", "*/*");
  }

  /** Posts what a client creates and returns its {@code id}; the answer must be 201. */
  public String create(String user, String path, Object json) {
    return post(user, path, json).assertStatus(201).json().path("id").asText();
  }

  /** The kinds of the timeline of what {@code path} shows (a ticket, a meeting…), oldest first. */
  public List<String> timelineKinds(String user, String path) {
    return get(user, path).assertStatus(200).json().path("timeline").findValuesAsText("kind");
  }

  /**
   * Every item a paged list endpoint ({@code page}, {@code size}, like GET /api/tickets) shows the
   * user, in order.
   */
  public List<JsonNode> listAll(String user, String path) {
    List<JsonNode> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonNode items =
          get(user, path + (path.contains("?") ? "&" : "?") + "size=100&page=" + page)
              .assertStatus(200)
              .json();
      items.forEach(all::add);
      if (items.size() < 100) {
        return all;
      }
    }
  }

  /**
   * A paged list endpoint checks its parameters: page below 0, size outside 1–100 and an unknown
   * status are each a 400 naming only that parameter; no credentials is a 401.
   */
  public void assertListParametersChecked(String user, String path) {
    assertThat(get(user, path + "?page=-1").assertProblem(400).fields()).containsExactly("page");
    assertThat(get(user, path + "?size=0").assertProblem(400).fields()).containsExactly("size");
    assertThat(get(user, path + "?size=101").assertProblem(400).fields()).containsExactly("size");
    assertThat(get(user, path + "?status=WHATEVER").assertProblem(400).fields())
        .containsExactly("status");
    get(null, path).assertProblem(401);
  }

  /** The {@code id} of each item of a list, in order. */
  public static List<String> ids(Iterable<JsonNode> items) {
    List<String> ids = new ArrayList<>();
    items.forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }

  public static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  public record Response(String request, int status, HttpHeaders headers, String body) {

    /** The header's first value, null when absent. */
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    public String contentType() {
      return headers.firstValue("Content-Type").orElse("");
    }

    public String location() {
      return header("Location");
    }

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError(request + ": not JSON: " + body, e);
      }
    }

    public Response assertStatus(int expected) {
      assertThat(status).as(toString()).isEqualTo(expected);
      return this;
    }

    /**
     * RFC 9457 problem+json with this status, a title and a detail, each field error with its field
     * and message, and nothing of the server's insides.
     */
    public Response assertProblem(int expected) {
      assertThat(status).as(toString()).isEqualTo(expected);
      assertThat(contentType()).as(toString()).startsWith("application/problem+json");
      assertThat(body).as(toString()).doesNotContain("Exception", "at dev.", "<html", "<!doctype");
      JsonNode problem = json();
      assertThat(problem.path("type").isTextual()).as(toString()).isTrue();
      assertThat(problem.path("status").asInt()).as(toString()).isEqualTo(expected);
      assertThat(problem.path("title").asText()).as(toString()).isNotBlank();
      assertThat(problem.path("detail").asText()).as(toString()).isNotBlank();
      assertThat(problem.path("errors").isMissingNode() || problem.path("errors").isArray())
          .as(toString())
          .isTrue();
      problem
          .path("errors")
          .forEach(
              error -> {
                assertThat(error.path("field").asText()).as(toString()).isNotBlank();
                assertThat(error.path("message").asText()).as(toString()).isNotBlank();
              });
      return this;
    }

    /** A 400 problem naming this field among its errors. */
    public Response assertFieldError(String field) {
      assertProblem(400);
      assertThat(fields()).as(toString()).contains(field);
      return this;
    }

    /** The fields a problem's {@code errors} name, in order. */
    public List<String> fields() {
      return json().path("errors").findValuesAsText("field");
    }

    @Override
    public String toString() {
      return request
          + " -> "
          + status
          + " "
          + contentType()
          + " "
          + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
    }
  }
}
