package dev.supportflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.supportflow.BrowserTest;
import dev.supportflow.HttpApi;
import dev.supportflow.Requests;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A supervisor's look at /reports in a real (headless) Chromium: the page asks for the Tasklist
 * login, then draws the charts and the table of GET /api/reports/sla for the range in its address.
 */
class ReportsPageBrowserTest extends BrowserTest {

  /** A fortnight no other test uses: this test's tickets are the range's only ones. */
  private static final String RANGE = "from=2031-06-02&to=2031-06-16";

  @Test
  @DisplayName(
      "/reports: a supervisor signs in on the page and sees the compliance chart drawn and the table's numbers equal to the API's")
  void supervisorSeesChartsAndTheApisNumbers(TestInfo test) throws IOException {
    try {
      leiloesTickets();
      clockAt("2031-06-13T18:00");

      browser.get(url("/reports?groupBy=week&" + RANGE));
      waitFor(ExpectedConditions.elementToBeClickable(By.name("username")))
          .sendKeys("leiloes-supervisor");
      browser.findElement(By.name("password")).sendKeys(HttpApi.PASSWORD);
      browser.findElement(By.cssSelector("form.sf-login button[type='submit']")).click();

      waitFor(ExpectedConditions.attributeToBe(By.id("report"), "data-loaded", "true"));
      WebElement canvas =
          waitFor(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector("#compliance-chart canvas")));
      assertThat(canvas.getSize().getWidth()).isPositive();
      assertThat(browser.findElements(By.cssSelector("#breaches-chart canvas"))).isNotEmpty();

      JsonNode report =
          api.get("leiloes-supervisor", "/api/reports/sla?groupBy=week&" + RANGE)
              .assertStatus(200)
              .json();
      assertThat(report.path("rows").size()).isEqualTo(2);
      assertThat(tableRows()).isEqualTo(apiRows(report));
      assertThat(browser.findElement(By.id("no-sla")).getText())
          .isEqualTo(report.path("noSla").asText());
    } catch (AssertionError | RuntimeException e) {
      throw evidence(test, e);
    }
  }

  /** Two weeks of leiloes tickets: one answered in time, one answered late, one never. */
  private void leiloesTickets() {
    clockAt("2031-06-03T10:00");
    String onTime = api.create("leiloes-basic", "/api/tickets", Requests.ticketJson("Lento"));
    clockAt("2031-06-03T10:10");
    reply(onTime);
    clockAt("2031-06-04T10:00");
    String late = api.create("leiloes-basic", "/api/tickets", Requests.ticketJson("Travado"));
    clockAt("2031-06-05T15:00");
    reply(late);
    clockAt("2031-06-10T10:00");
    api.create("leiloes-basic", "/api/tickets", Requests.ticketJson("Sem resposta"));
  }

  private void reply(String id) {
    api.post(
            "leiloes-analyst",
            "/api/tickets/" + id + "/replies",
            HttpApi.JSON
                .createObjectNode()
                .put("text", "Verificando.")
                .put("visibility", "PUBLIC")
                .put("waitForClient", false))
        .assertStatus(201);
  }

  private List<List<String>> tableRows() {
    List<List<String>> rows = new ArrayList<>();
    for (WebElement row : browser.findElements(By.cssSelector("#figures tbody tr"))) {
      rows.add(row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
    }
    return rows;
  }

  private static List<List<String>> apiRows(JsonNode report) {
    List<List<String>> rows = new ArrayList<>();
    report
        .path("rows")
        .forEach(
            row ->
                rows.add(
                    SlaReportCsv.COLUMNS.stream()
                        .map(c -> row.path(c).isNull() ? "" : row.path(c).asText())
                        .toList()));
    return rows;
  }
}
