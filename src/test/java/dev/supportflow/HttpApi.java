package dev.supportflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Real HTTP calls to the running test server as a demo user (password {@code demo}) or anonymously. */
public final class HttpApi {

  public static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  private final int port;

  public HttpApi(int port) {
    this.port = port;
  }

  public Response get(String user, String path) {
    return send(user, "GET", path, null);
  }

  public Response post(String user, String path, String json) {
    return send(user, "POST", path, json);
  }

  public Response delete(String user, String path) {
    return send(user, "DELETE", path, null);
  }

  /** Sends the request; {@code user} null means no credentials. */
  public Response send(String user, String method, String path, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json")
        .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (user != null) {
      String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
      request.header("Authorization", "Basic " + basic);
    }
    try {
      var response = HTTP.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(method + " " + path, response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""), response.body(),
          response.headers().firstValue("Location").orElse(null));
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Every item a paged list endpoint ({@code page}, {@code size}, like GET /api/tickets) shows the user, in order. */
  public List<JsonNode> listAll(String user, String path) {
    List<JsonNode> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonNode items = get(user, path + (path.contains("?") ? "&" : "?") + "size=100&page=" + page)
          .assertStatus(200).json();
      items.forEach(all::add);
      if (items.size() < 100) {
        return all;
      }
    }
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

  /** {@code location}: the Location header, null when absent. */
  public record Response(String request, int status, String contentType, String body, String location) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError(request + ": not JSON: " + body, e);
      }
    }

    /** A problem+json answer with this status, a title and a detail, and no stack trace. */
    public Response assertProblem(int expected) {
      assertThat(status).as(toString()).isEqualTo(expected);
      assertThat(contentType).as(toString()).startsWith("application/problem+json");
      assertThat(body).as(toString()).doesNotContain("Exception", "at dev.", "<html");
      assertThat(json().path("status").asInt()).isEqualTo(expected);
      assertThat(json().path("title").asText()).isNotBlank();
      assertThat(json().path("detail").asText()).isNotBlank();
      return this;
    }

    public Response assertStatus(int expected) {
      assertThat(status).as(toString()).isEqualTo(expected);
      return this;
    }

    @Override
    public String toString() {
      return request + " -> " + status + " " + contentType + " "
          + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
    }
  }
}
