package dev.supportflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Real HTTP calls to the running test server, as a user (HTTP Basic, demo password) or anonymously. */
public final class HttpCalls {

  public static final String PASSWORD = "demo";
  public static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();

  private final int port;

  public HttpCalls(int port) {
    this.port = port;
  }

  public Response get(String user, String path) {
    return send(user, "GET", path, null);
  }

  public Response post(String user, String path, Object body) {
    return send(user, "POST", path, body);
  }

  public Response delete(String user, String path) {
    return send(user, "DELETE", path, null);
  }

  /** {@code user} null: no credentials. The body is sent as JSON. */
  public Response send(String user, String method, String path, Object body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json");
    if (user != null) {
      String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
      request.header("Authorization", "Basic " + basic);
    }
    if (body == null) {
      request.method(method, BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json");
      request.method(method, BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    }
    try {
      var response = HTTP.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(method + " " + path + (user == null ? "" : " as " + user), response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""), response.body());
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  public record Response(String request, int status, String contentType, String body) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError(request + ": not JSON: " + body, e);
      }
    }

    @Override
    public String toString() {
      return request + " -> " + status + " " + contentType + " "
          + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
    }
  }
}
