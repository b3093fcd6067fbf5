package dev.supportflow.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.supportflow.BrowserTest;
import dev.supportflow.HttpApi;
import dev.supportflow.Requests;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A process owner's look at /policy/simulate in a real (headless) Chromium: the page asks for the
 * Tasklist login, takes an edited table and a range, and shows the transitions the API gives.
 */
class SimulationPageBrowserTest extends BrowserTest {

  /** A day no other test uses: this test's tickets are the range's only ones. */
  private static final String RANGE = "from=2031-04-07&to=2031-04-08";

  @Test
  @DisplayName(
      "/policy/simulate: leiloes-owner signs in, uploads a channel-policy that refuses PORTAL and sees the API's transitions")
  void ownerSeesTheTransitionsOfAnEditedTable(TestInfo test, @TempDir Path upload)
      throws IOException {
    try {
      clockAt("2031-04-07T10:00");
      for (String channel : List.of("PORTAL", "PORTAL", "WHATSAPP_OFFICIAL", "EMAIL")) {
        api.create(
            "leiloes-basic",
            "/api/tickets",
            Requests.ticketJson("Página de simulação").put("channel", channel));
      }
      String edited =
          deployedChannelPolicy()
              .replace(
                  "<text>\"WHATSAPP_OFFICIAL\",\"PORTAL\"</text>",
                  "<text>\"WHATSAPP_OFFICIAL\"</text>");
      Path file = upload.resolve("channel-policy.dmn");
      Files.writeString(file, edited);

      browser.get(url("/policy/simulate?" + RANGE));
      waitFor(ExpectedConditions.elementToBeClickable(By.name("username")))
          .sendKeys("leiloes-owner");
      browser.findElement(By.name("password")).sendKeys(HttpApi.PASSWORD);
      browser.findElement(By.cssSelector("form.sf-login button[type='submit']")).click();
      waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("file")))
          .sendKeys(file.toAbsolutePath().toString());
      click(By.cssSelector("#upload button[type='submit']"));
      waitFor(ExpectedConditions.attributeToBe(By.id("result"), "data-loaded", "true"));

      WebElement result = browser.findElement(By.id("result"));
      JsonNode api =
          simulate(edited, result.getDomAttribute("data-from"), result.getDomAttribute("data-to"));
      assertThat(api.path("changed").asInt()).isEqualTo(2);
      List<List<String>> rows = transitionRows();
      assertThat(rows).hasSize(api.path("transitions").size());
      for (int i = 0; i < rows.size(); i++) {
        JsonNode transition = api.path("transitions").get(i);
        assertThat(rows.get(i).get(0)).isEqualTo(transition.path("count").asText());
        assertThat(rows.get(i).get(1))
            .contains("channelOutcome: " + transition.path("from").path("channelOutcome").asText());
        assertThat(rows.get(i).get(2))
            .contains("channelOutcome: " + transition.path("to").path("channelOutcome").asText());
      }
      assertThat(browser.findElement(By.id("summary")).getText())
          .contains(api.path("evaluations").asText() + " past evaluations")
          .contains(api.path("changed").asText() + " would decide differently");
      assertThat(browser.findElements(By.cssSelector("#examples tbody tr")))
          .hasSize(api.path("changes").size());
    } catch (AssertionError | RuntimeException e) {
      throw evidence(test, e);
    }
  }

  private List<List<String>> transitionRows() {
    List<List<String>> rows = new ArrayList<>();
    for (WebElement row : browser.findElements(By.cssSelector("#transitions tbody tr"))) {
      rows.add(row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
    }
    return rows;
  }

  private JsonNode simulate(String table, String from, String to) {
    String boundary = "page-test-boundary";
    String body =
        part(boundary, "from", from)
            + part(boundary, "to", to)
            + "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"channel-policy.dmn\"\r\n\r\n"
            + table
            + "\r\n--"
            + boundary
            + "--\r\n";
    return api.exchange(
            "leiloes-owner",
            HttpApi.PASSWORD,
            "POST",
            "/api/policy/simulations",
            BodyPublishers.ofString(body, StandardCharsets.UTF_8),
            "Content-Type",
            "multipart/form-data; boundary=" + boundary)
        .assertStatus(200)
        .json();
  }

  private static String part(String boundary, String name, String value) {
    return "--"
        + boundary
        + "\r\nContent-Disposition: form-data; name=\""
        + name
        + "\"\r\n\r\n"
        + value
        + "\r\n";
  }

  private String deployedChannelPolicy() throws IOException {
    String id =
        repositoryService
            .createDecisionDefinitionQuery()
            .decisionDefinitionKey("channel-policy")
            .tenantIdIn("leiloes")
            .latestVersion()
            .singleResult()
            .getId();
    try (InputStream model = repositoryService.getDecisionModel(id)) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      model.transferTo(bytes);
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }
}
