package dev.supportflow.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.supportflow.HttpApi;
import dev.supportflow.SupportFlowIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** O-13 over real HTTP: subscriptions, publication by staff, deliveries. */
class AnnouncementApiTest extends SupportFlowIntegrationTest {

  @Test
  @DisplayName("O-13 a client subscribes (201), subscribing again changes the e-mail (200)")
  void subscribe() {
    api.delete("oobj-inhouse-pg", "/api/subscriptions/me");

    HttpApi.Response first =
        api.post("oobj-inhouse-pg", "/api/subscriptions", email("ti@cliente-pg.com.br"))
            .assertStatus(201);
    assertThat(first.json().path("tenant").asText()).isEqualTo("oobj");
    assertThat(first.json().path("userId").asText()).isEqualTo("oobj-inhouse-pg");
    assertThat(first.json().path("email").asText()).isEqualTo("ti@cliente-pg.com.br");

    HttpApi.Response again =
        api.post("oobj-inhouse-pg", "/api/subscriptions", email("fiscal@cliente-pg.com.br"))
            .assertStatus(200);
    assertThat(again.json().path("email").asText()).isEqualTo("fiscal@cliente-pg.com.br");

    List<String> subscribers = new ArrayList<>();
    api.get("oobj-analyst", "/api/subscriptions")
        .assertStatus(200)
        .json()
        .forEach(s -> subscribers.add(s.path("userId").asText() + " " + s.path("email").asText()));
    assertThat(subscribers).contains("oobj-inhouse-pg fiscal@cliente-pg.com.br");
  }

  @Test
  @DisplayName(
      "O-13 staff publish: 201 with the delivery count; every subscriber of the tenant gets a delivery")
  void publishDelivers() {
    api.post("oobj-saas", "/api/subscriptions", email("compras@saas.com.br"));
    api.post("leiloes-basic", "/api/subscriptions", email("leiloeiro@basic.com.br"));

    HttpApi.Response published =
        api.post(
                "oobj-analyst",
                "/api/announcements",
                "{\"title\": \"Nova versão do leiaute da NF-e\", \"body\": \"A partir de segunda-feira…\"}")
            .assertStatus(201);
    JsonNode announcement = published.json();
    long id = announcement.path("id").asLong();
    assertThat(announcement.path("tenant").asText()).isEqualTo("oobj");
    assertThat(announcement.path("publishedBy").asText()).isEqualTo("oobj-analyst");
    assertThat(announcement.path("publishedAt").asText()).endsWith("Z");
    int subscribers = api.get("oobj-analyst", "/api/subscriptions").json().size();
    assertThat(announcement.path("deliveries").asInt()).isEqualTo(subscribers).isPositive();

    JsonNode deliveries =
        api.get("oobj-analyst", "/api/announcements/" + id + "/deliveries")
            .assertStatus(200)
            .json();
    List<String> received = new ArrayList<>();
    deliveries.forEach(
        d -> {
          received.add(d.path("userId").asText() + " " + d.path("email").asText());
          assertThat(d.path("channel").asText()).isEqualTo("EMAIL");
          assertThat(d.path("deliveredAt").asText()).endsWith("Z");
        });
    assertThat(received).contains("oobj-saas compras@saas.com.br");
    assertThat(received).noneMatch(r -> r.startsWith("leiloes-"));

    JsonNode saas = find(api.get("oobj-manager", "/api/subscriptions").json(), "oobj-saas");
    List<Long> got = new ArrayList<>();
    saas.path("received").forEach(r -> got.add(r.path("announcementId").asLong()));
    assertThat(got).contains(id);
    JsonNode basic = find(api.get("leiloes-analyst", "/api/subscriptions").json(), "leiloes-basic");
    basic
        .path("received")
        .forEach(r -> assertThat(r.path("announcementId").asLong()).isNotEqualTo(id));
  }

  @Test
  @DisplayName(
      "O-13 clients read their tenant's announcements newest first; another tenant's are hidden")
  void clientsRead() {
    long older = publish("oobj-supervisor", "Comunicado A");
    long newer = publish("oobj-supervisor", "Comunicado B");

    List<Long> ids = new ArrayList<>();
    api.get("oobj-saas", "/api/announcements")
        .assertStatus(200)
        .json()
        .forEach(a -> ids.add(a.path("id").asLong()));
    assertThat(ids).containsSubsequence(newer, older);
    assertThat(ids).isSortedAccordingTo((a, b) -> Long.compare(b, a));

    api.get("leiloes-basic", "/api/announcements")
        .json()
        .forEach(a -> assertThat(a.path("tenant").asText()).isEqualTo("leiloes"));
    api.get("leiloes-basic", "/api/announcements/" + newer).assertProblem(404);
    api.get("leiloes-analyst", "/api/announcements/" + newer + "/deliveries").assertProblem(404);
  }

  @Test
  @DisplayName(
      "O-13 a client cannot publish, see deliveries or list subscribers (403); a gateway cannot subscribe")
  void clientsCannotPublish() {
    api.post("oobj-saas", "/api/announcements", "{\"title\": \"x\", \"body\": \"y\"}")
        .assertProblem(403);
    long id = publish("oobj-analyst", "Somente equipe");
    api.get("oobj-saas", "/api/announcements/" + id + "/deliveries").assertProblem(403);
    api.get("oobj-saas", "/api/subscriptions").assertProblem(403);
    api.post("oobj-gateway", "/api/subscriptions", email("gw@oobj.com.br")).assertProblem(403);
    api.post(
            "oobj-analyst",
            "/api/announcements?tenant=leiloes",
            "{\"title\": \"x\", \"body\": \"y\"}")
        .assertProblem(403);
  }

  @Test
  @DisplayName("O-13 validation: bad e-mail, blank or too long title/body, malformed JSON are 400")
  void validation() {
    for (String bad : List.of("", "sem-arroba", "a@b", "a b@c.com", "@x.com")) {
      HttpApi.Response response =
          api.post("leiloes-premium", "/api/subscriptions", email(bad)).assertProblem(400);
      assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo("email");
    }
    api.post("leiloes-premium", "/api/subscriptions", "{}").assertProblem(400);
    api.post("leiloes-analyst", "/api/announcements", "{\"title\": \" \", \"body\": \"ok\"}")
        .assertProblem(400);
    api.post("leiloes-analyst", "/api/announcements", "{\"title\": \"ok\"}").assertProblem(400);
    api.post(
            "leiloes-analyst",
            "/api/announcements",
            "{\"title\": \"" + "t".repeat(201) + "\", \"body\": \"ok\"}")
        .assertProblem(400);
    api.post(
            "leiloes-analyst",
            "/api/announcements",
            "{\"title\": \"ok\", \"body\": \"" + "b".repeat(20_001) + "\"}")
        .assertProblem(400);
    api.post("leiloes-analyst", "/api/announcements", "{\"title\": ").assertProblem(400);
    api.post("admin", "/api/announcements", "{\"title\": \"ok\", \"body\": \"ok\"}")
        .assertProblem(400);
  }

  @Test
  @DisplayName(
      "O-13 a client unsubscribes (204) and gets no later announcement; no credentials is 401")
  void unsubscribe() {
    api.post("leiloes-enterprise", "/api/subscriptions", email("ti@enterprise.com.br"));
    api.delete("leiloes-enterprise", "/api/subscriptions/me").assertStatus(204);
    api.delete("leiloes-enterprise", "/api/subscriptions/me").assertProblem(404);

    long id = publish("leiloes-analyst", "Depois da saída");
    JsonNode deliveries =
        api.get("leiloes-analyst", "/api/announcements/" + id + "/deliveries").json();
    deliveries.forEach(
        d -> assertThat(d.path("userId").asText()).isNotEqualTo("leiloes-enterprise"));

    api.send(null, "POST", "/api/subscriptions", email("x@y.com")).assertProblem(401);
  }

  private long publish(String staff, String title) {
    return api.post(
            staff, "/api/announcements", "{\"title\": \"" + title + "\", \"body\": \"Texto.\"}")
        .assertStatus(201)
        .json()
        .path("id")
        .asLong();
  }

  private static String email(String email) {
    return HttpApi.JSON.createObjectNode().put("email", email).toString();
  }

  private static JsonNode find(JsonNode subscribers, String userId) {
    for (JsonNode s : subscribers) {
      if (s.path("userId").asText().equals(userId)) {
        return s;
      }
    }
    throw new AssertionError(userId + " not among " + subscribers);
  }
}
