package dev.supportflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.supportflow.RawHttp;
import dev.supportflow.SupportFlowIntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A fuzz run over every endpoint of the API: several hundred generated bad requests (broken JSON,
 * wrong types, huge and odd values, hostile strings, bad paths and query strings, wrong content
 * types and methods), sent over a plain socket so that nothing is cleaned up on the way. None may
 * get a 5xx; every error is problem+json whose status is the HTTP status and which tells nothing of
 * the server's insides; a good request works afterwards.
 */
class HostileRequestsTest extends SupportFlowIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CLIENT = RawHttp.basic("leiloes-premium", "demo");
  private static final String STAFF = RawHttp.basic("leiloes-supervisor", "demo");
  private static final String JSON_TYPE = "Content-Type: application/json";

  private static final List<String> HOSTILE =
      List.of(
          "'; DROP TABLE ticket; --",
          "\" OR 1=1 --",
          "<script>alert(1)</script>",
          "${jndi:ldap://127.0.0.1/x}",
          "#{7*7}",
          "{{7*7}}",
          "%s%s%s%n",
          "../../../../etc/passwd",
          "\u0000",
          "\u202Eevil",
          "😀".repeat(50),
          "\\u0000",
          "\r\nX-Injected: 1",
          "null",
          "true",
          "-1",
          "9".repeat(400),
          " ",
          "\t\n",
          "ＡＢＣ",
          "é".repeat(300));

  private static final List<String> BROKEN_JSON =
      List.of(
          "",
          "{",
          "}",
          "[",
          "[]",
          "null",
          "true",
          "42",
          "\"text\"",
          "{\"subject\":}",
          "{\"subject\" \"x\"}",
          "{'subject': 'x'}",
          "{\"subject\": \"x\",}",
          "{\"a\":1}{\"b\":2}",
          "\u0000{}",
          "{\"subject\": \"\\ud800\"}",
          "[".repeat(5000) + "]".repeat(5000),
          "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
          "{\"hours\": 1e999999}",
          "{\"durationMinutes\": 99999999999999999999999999}",
          "{\"accept\": \"" + "x".repeat(200_000) + "\"}");

  private static final List<Object> WRONG_VALUES =
      List.of(
          42,
          -1,
          0,
          1.5e308,
          true,
          false,
          "",
          "x".repeat(25_000),
          List.of(),
          List.of(1, 2),
          java.util.Map.of("a", 1),
          "2026-13-45",
          "9999-12-31T23:59:59Z",
          "-999999999-01-01",
          "NaN",
          "Infinity");

  private static final List<String> BAD_IDS =
      List.of(
          "x",
          "0",
          "-1",
          "LEI-",
          "LEI-999999999999999999999",
          "LEI-00000a",
          "lei-000001",
          "OOB-000001",
          "%20",
          "%2e%2e",
          "..%2f..%2fetc",
          "%00",
          "%ff%fe",
          "a%0d%0ab",
          "x".repeat(5000),
          "%E2%80%AE",
          ";jsessionid=1",
          "LEI-000001;x=1",
          "%252e",
          "\u00e9",
          "%C0%AE");

  private static final List<String> BAD_QUERIES =
      List.of(
          "page=-1",
          "page=abc",
          "size=0",
          "size=100000",
          "size=99999999999999999999",
          "status=NOPE",
          "status=",
          "page=1&page=2",
          "q=" + "a".repeat(7000),
          "q=%zz",
          "q=%00",
          "q=" + "%E2%80%AE".repeat(50),
          "x=" + "y".repeat(20_000),
          "a=1&".repeat(5000),
          "q=" + URLEncoder.encode("\"'<>", StandardCharsets.UTF_8));

  private static final List<String> CONTENT_TYPES =
      List.of(
          "text/plain",
          "application/xml",
          "multipart/form-data; boundary=x",
          "application/x-www-form-urlencoded",
          "application/json; charset=ebcdic",
          "application/*",
          "nonsense",
          "application/json;;;");

  private static final List<String> POST_ENDPOINTS =
      List.of(
          "/api/tickets",
          "/api/tickets/{id}/consent",
          "/api/tickets/{id}/developer-contact",
          "/api/meetings",
          "/api/meetings/{id}/consent",
          "/api/meetings/{id}/insist",
          "/api/trainings",
          "/api/trainings/{id}/consent",
          "/api/interventions",
          "/api/interventions/{id}/consent",
          "/api/subscriptions",
          "/api/announcements",
          "/api/policy/simulations");

  private static final List<String> GET_ENDPOINTS =
      List.of(
          "/api/tickets",
          "/api/tickets/{id}",
          "/api/tickets/{id}/decisions",
          "/api/meetings/{id}",
          "/api/trainings/{id}",
          "/api/interventions/{id}",
          "/api/kb",
          "/api/kb/{id}",
          "/api/announcements",
          "/api/announcements/{id}",
          "/api/announcements/{id}/deliveries",
          "/api/subscriptions",
          "/api/mail/outbox",
          "/api/mail/inbound");

  private record Sent(String what, RawHttp.Response response) {}

  @Test
  @DisplayName(
      "API errors: hundreds of hostile requests get no 5xx, only problem+json without internals; good requests still work")
  void hostileRequests() throws Exception {
    RawHttp http = new RawHttp(port);
    Random random = new Random(20261130);
    List<Sent> sent = new ArrayList<>();

    for (String endpoint : POST_ENDPOINTS) {
      String path = endpoint.replace("{id}", "LEI-000001");
      for (String body : BROKEN_JSON) {
        sent.add(send(http, "POST", path, body, CLIENT, JSON_TYPE));
      }
      for (String type : CONTENT_TYPES) {
        sent.add(send(http, "POST", path, "{\"accept\": true}", CLIENT, "Content-Type: " + type));
      }
      sent.add(send(http, "POST", path, "{}", CLIENT));
      for (String method : List.of("PUT", "PATCH", "DELETE", "TRACE")) {
        sent.add(send(http, method, path, null, CLIENT));
      }
    }
    for (String[] request : wrongTypes(random)) {
      sent.add(send(http, "POST", request[0], request[1], CLIENT, JSON_TYPE));
    }
    for (String hostile : HOSTILE) {
      sent.add(
          send(
              http,
              "POST",
              "/api/tickets",
              ticket().put("subject", hostile).put("description", hostile).toString(),
              CLIENT,
              JSON_TYPE));
      sent.add(
          send(
              http,
              "POST",
              "/api/subscriptions",
              JSON.createObjectNode().put("email", hostile).toString(),
              CLIENT,
              JSON_TYPE));
      sent.add(
          send(
              http,
              "GET",
              "/api/kb?q=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8),
              null,
              CLIENT));
      sent.add(
          send(
              http,
              "POST",
              "/api/tickets",
              ticket().put("channel", hostile).toString(),
              CLIENT,
              JSON_TYPE));
      sent.add(
          send(
              http,
              "POST",
              "/api/tickets",
              ticket().put("subject", "ok").toString(),
              CLIENT,
              JSON_TYPE,
              "Idempotency-Key: " + hostile.replace("\r", "").replace("\n", "")));
    }
    for (String endpoint : GET_ENDPOINTS) {
      for (String id : BAD_IDS) {
        sent.add(send(http, "GET", endpoint.replace("{id}", id), null, CLIENT));
      }
      for (String query : BAD_QUERIES) {
        sent.add(send(http, "GET", endpoint.replace("{id}", "KB-1") + "?" + query, null, STAFF));
      }
    }
    for (String path :
        List.of(
            "/api/%00",
            "/api/tickets/%2e%2e/%2e%2e/actuator",
            "/api//tickets",
            "/api/./tickets",
            "/api/tickets/..;/x",
            "/api/tickets%",
            "/api/tickets/%",
            "/api/" + "a/".repeat(2000),
            "/api/tickets\\x",
            "/api/tickets/a|b",
            "/api/tickets/{x}",
            "/api/tickets?" + "q".repeat(70_000),
            "/api/nothing-here",
            "/engine-rest/task/%00",
            "/engine-rest/%2e%2e/x",
            "/%2e%2e/api/tickets",
            "/error",
            "/api/tickets#x")) {
      sent.add(send(http, "GET", path, null, CLIENT));
      sent.add(send(http, "GET", path, null, null));
    }
    for (String header :
        List.of(
            "Authorization: Basic %%%",
            "Authorization: Basic " + "A".repeat(5000),
            "Authorization: Bearer x",
            "Authorization: Basic",
            "Accept: text/html",
            "Accept: image/png",
            "Content-Length: -1",
            "X-Huge: " + "h".repeat(20_000),
            "Host: " + "h".repeat(300))) {
      sent.add(send(http, "GET", "/api/tickets", null, null, header));
      sent.add(send(http, "GET", "/api/tickets", null, CLIENT, header));
    }

    SoftAssertions softly = new SoftAssertions();
    for (Sent s : sent) {
      RawHttp.Response r = s.response();
      softly.assertThat(r.status()).as("status of %s", s.what()).isLessThan(500);
      if (r.status() >= 400) {
        softly
            .assertThat(r.header("Content-Type"))
            .as("content type of %s (%s)", s.what(), r.status())
            .startsWith("application/problem+json");
        softly
            .assertThat(problemStatus(r.body()))
            .as("problem status of %s: %s", s.what(), r.body())
            .isEqualTo(r.status());
        softly
            .assertThat(r.body())
            .as("body of %s", s.what())
            .doesNotContain(
                "Exception", "\tat ", "org.springframework", "org.apache", "java.", "SQL", "<html");
      }
    }
    softly.assertAll();
    assertThat(sent).hasSizeGreaterThan(500);

    RawHttp.Response good =
        http.send(
            "POST",
            "/api/tickets",
            ticket().put("subject", "Depois do ataque").toString(),
            "Authorization: " + CLIENT,
            JSON_TYPE);
    assertThat(good.status()).as(good.body()).isEqualTo(201);
    String id = JSON.readTree(good.body()).path("id").asText();
    RawHttp.Response read =
        http.send("GET", "/api/tickets/" + id, null, "Authorization: " + CLIENT);
    assertThat(read.status()).isEqualTo(200);
    assertThat(JSON.readTree(read.body()).path("subject").asText()).isEqualTo("Depois do ataque");
  }

  /** A valid body of each creating endpoint with one field at a time given a wrong value. */
  private static List<String[]> wrongTypes(Random random) {
    List<String[]> requests = new ArrayList<>();
    ObjectNode[] bodies = {
      ticket(),
      JSON.createObjectNode()
          .put("agenda", "Pauta")
          .put("proposedStart", "2030-01-10T10:00:00-03:00")
          .put("durationMinutes", 60),
      JSON.createObjectNode()
          .put("topic", "Uso")
          .put("hours", 2)
          .put("preferredDate", "2030-01-10"),
      JSON.createObjectNode()
          .put("kind", "MIGRATION")
          .put("preferredDate", "2030-01-10T10:00:00-03:00")
          .put("notes", "Notas")
    };
    String[] paths = {"/api/tickets", "/api/meetings", "/api/trainings", "/api/interventions"};
    for (int i = 0; i < bodies.length; i++) {
      List<String> fields = new ArrayList<>();
      bodies[i].fieldNames().forEachRemaining(fields::add);
      for (String field : fields) {
        for (int n = 0; n < 4; n++) {
          Object wrong = WRONG_VALUES.get(random.nextInt(WRONG_VALUES.size()));
          ObjectNode body = bodies[i].deepCopy();
          body.set(field, JSON.valueToTree(wrong));
          // Requests other than tickets must stay invalid (no booking may come out of this run):
          // drop a required field.
          if (i > 0) {
            body.remove(fields.get((fields.indexOf(field) + 1) % fields.size()));
          }
          requests.add(new String[] {paths[i], body.toString()});
        }
      }
    }
    return requests;
  }

  private static ObjectNode ticket() {
    return JSON.createObjectNode()
        .put("channel", "PORTAL")
        .put("type", "QUESTION")
        .put("topic", "USAGE")
        .put("symptom", "NONE")
        .put("subject", "Dúvida")
        .put("description", "Como emitir relatório?");
  }

  private static Sent send(
      RawHttp http,
      String method,
      String target,
      String body,
      String authorization,
      String... headers) {
    List<String> lines = new ArrayList<>(List.of(headers));
    if (authorization != null) {
      lines.add("Authorization: " + authorization);
    }
    String what =
        method
            + " "
            + (target.length() > 80 ? target.substring(0, 80) + "…" : target)
            + (body == null ? "" : " " + (body.length() > 60 ? body.substring(0, 60) + "…" : body))
            + (headers.length == 0
                ? ""
                : " "
                    + String.join(", ", headers)
                        .substring(0, Math.min(60, String.join(", ", headers).length())));
    return new Sent(what, http.send(method, target, body, lines.toArray(String[]::new)));
  }

  private static int problemStatus(String body) {
    try {
      JsonNode problem = JSON.readTree(body);
      return problem.path("title").isTextual() ? problem.path("status").asInt(-1) : -1;
    } catch (Exception notJson) {
      return -1;
    }
  }
}
