package dev.supportflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.supportflow.BrowserTest;
import dev.supportflow.HttpApi;
import dev.supportflow.HttpApi.Response;
import dev.supportflow.Requests;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An analyst's day in Tasklist, in a real (headless) Chromium: log in, find a new ticket's
 * first-response task in "Meu time", claim it, answer in its form, complete it; the client's API
 * then shows the first response. Uses the system's chromium and chromedriver (Debian packages,
 * installed by .ci/run); nothing is downloaded. On failure a screenshot and the page source are
 * saved under target/browser/.
 */
class TasklistBrowserTest extends BrowserTest {

  /**
   * A Monday in business hours no other test uses, so this ticket's task is the newest in the list.
   */
  private static final String MONDAY_10_00 = "2030-06-03T10:00";

  private static final String OOBJ_MONDAY_10_00 = "2030-06-10T10:00";

  @Test
  @DisplayName(
      "Tasklist: an analyst logs in, claims a new ticket's first response and completes its form, then resolves it; the API shows the status change to RESOLVED")
  void analystAnswersFirstResponse(TestInfo test) throws IOException {
    try {
      clockAt(MONDAY_10_00);
      String ticketId = openTicket();

      login("leiloes-analyst");
      WebElement task = findInMyTeam(ticketId);
      assertThat(task.getText()).contains("Primeira resposta");
      task.findElement(By.cssSelector("h4.task a")).click();

      claim();
      By response = By.xpath("//label[contains(., 'Resposta ao cliente')]/following::textarea[1]");
      waitFor(ExpectedConditions.elementToBeClickable(response));
      // The form shows the ticket's facts (its ticketSummary, rendered as text) next to the field
      // the task needs.
      String facts =
          browser
              .findElement(
                  By.xpath(
                      "//*[contains(@class, 'fjs-form-field-text')][contains(., 'Plano do cliente')]"))
              .getText();
      assertThat(facts)
          .contains(
              "Chamado: " + ticketId,
              "Plano do cliente: STANDARD · SAAS",
              "Assunto: Sistema lento no navegador",
              "Desde as 9h, telas demoram a abrir",
              "Canal: Portal",
              "Primeira resposta até: 03/06/2030 10:30");
      fill(response, "Olá! Já estamos verificando a lentidão.");
      click(By.cssSelector("button[ng-click='complete()']"));

      waitFor(driver -> timeline(ticketId).contains("FIRST_RESPONSE"));
      Response ticket = api.get("leiloes-basic", "/api/tickets/" + ticketId);
      assertThat(ticket.json().path("status").asText()).isEqualTo("OPEN");
      assertThat(timeline(ticketId)).contains("FIRST_RESPONSE");

      // The next task of the same ticket: resolve it, and the client sees the status change.
      WebElement resolve =
          waitFor(
              driver -> {
                WebElement entry = findInMyTeam(ticketId);
                return entry.getText().contains("Resolver chamado") ? entry : null;
              });
      resolve.findElement(By.cssSelector("h4.task a")).click();
      claim();
      fill(
          By.xpath("//label[contains(., 'Solução')]/following::textarea[1]"),
          "Cache do navegador limpo; telas normais de novo.");
      click(By.cssSelector("button[ng-click='complete()']"));
      waitFor(
          driver ->
              "RESOLVED"
                  .equals(
                      api.get("leiloes-basic", "/api/tickets/" + ticketId)
                          .json()
                          .path("status")
                          .asText()));
      assertThat(timeline(ticketId)).contains("RESOLVED");
    } catch (AssertionError | RuntimeException e) {
      throw evidence(test, e);
    }
  }

  @Test
  @DisplayName(
      "Tasklist: an Oobj analyst sees an Oobj ticket's task with its SLA due date, the ticket's facts in Portuguese (no codes), and no Camunda 8 migration banner")
  void oobjAnalystSeesDueDateAndLabels(TestInfo test) throws IOException {
    try {
      clockAt(OOBJ_MONDAY_10_00);
      Response opened =
          api.post(
                  "oobj-saas",
                  "/api/tickets",
                  Requests.oobjTicketJson("Notas presas na fila")
                      .put("symptom", "OPERATION_BLOCKED"))
              .assertStatus(201);
      String ticketId = opened.json().path("id").asText();

      login("oobj-analyst");
      WebElement task = findInMyTeam(ticketId);
      assertThat(task.getText()).contains("Primeira resposta");
      task.findElement(By.cssSelector("h4.task a")).click();

      // The task's due date is set (Tasklist shows the time to it instead of "Set due date").
      WebElement due =
          waitFor(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector("[cam-tasklist-task-meta] .due-date [am-time-ago]")));
      assertThat(due.getText()).isNotBlank();
      String facts =
          waitFor(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.xpath(
                          "//*[contains(@class, 'fjs-form-field-text')][contains(., 'Plano do cliente')]")))
              .getText();
      assertThat(facts)
          .contains(
              "Chamado: " + ticketId,
              "Situação: Aberto",
              "Canal: Portal",
              "Tipo: Incidente",
              "Tópico: Falha no software",
              "Sintoma: Operação bloqueada",
              "Serviço (catálogo): Emissão de NF-e",
              "Produto: Oobj DF-e")
          .doesNotContain("PORTAL", "OPERATION_BLOCKED", "NFE_EMISSION");

      // Camunda's community banner is in the page, hidden by the webapp's user styles.
      List<WebElement> banners = browser.findElements(By.cssSelector(".ce-eol-banner"));
      assertThat(banners).isNotEmpty().noneMatch(WebElement::isDisplayed);
      assertThat(browser.findElement(By.tagName("body")).getText())
          .doesNotContain("migrate to Camunda 8");
    } catch (AssertionError | RuntimeException e) {
      throw evidence(test, e);
    }
  }

  private String openTicket() {
    Response opened =
        api.post(
                "leiloes-basic",
                "/api/tickets",
                Requests.ticketJson("Sistema lento no navegador")
                    .put("description", "Desde as 9h, telas demoram a abrir"))
            .assertStatus(201);
    assertThat(opened.json().path("status").asText()).isEqualTo("OPEN");
    return opened.json().path("id").asText();
  }

  /**
   * Signs in to Tasklist, and waits until it has left its login page. A refused login fails. If the
   * form is still there without having been answered (Tasklist was still starting and lost the
   * typing or the click), it signs in once more, and says so on the test's output.
   */
  private void login(String user) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    signIn(user);
    try {
      new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> signedIn());
    } catch (TimeoutException stillThere) {
      assertThat(browser.findElements(By.cssSelector("[role='alert'].alert-danger")))
          .as("Tasklist refused the login of %s", user)
          .isEmpty();
      System.err.println(
          "Tasklist still showed its sign-in form 10 s after signing in, signing in again: "
              + visibleText());
      signIn(user);
      waitFor(driver -> signedIn());
    }
  }

  /** Tasklist has left its login route, and its sign-in form is gone. */
  private boolean signedIn() {
    return !browser.getCurrentUrl().contains("#/login")
        && browser.findElements(By.cssSelector("form[name='signinForm']")).isEmpty();
  }

  private void signIn(String user) {
    WebElement name =
        waitFor(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("form[name='signinForm'] input[type='text']")));
    name.clear();
    name.sendKeys(user);
    WebElement password =
        browser.findElement(By.cssSelector("form[name='signinForm'] input[type='password']"));
    password.clear();
    password.sendKeys(HttpApi.PASSWORD);
    browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
  }

  /**
   * Opens the "Meu time" filter and returns the list entry of the ticket's task (the filter shows
   * ticketId).
   */
  private WebElement findInMyTeam(String ticketId) {
    click(
        By.xpath(
            "//*[contains(@class,'filters')]//*[contains(normalize-space(.), 'Meu time')]"
                + "[not(.//*[contains(normalize-space(.), 'Meu time')])]"));
    return waitFor(
        ExpectedConditions.visibilityOfElementLocated(
            By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(., '" + ticketId + "')]")));
  }

  /**
   * Claims the open task and waits until Tasklist has re-rendered its form for the new assignee.
   */
  private void claim() {
    click(By.cssSelector("button.claim"));
    waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
  }

  /**
   * Types into a form field until the field holds the text: Tasklist may render the form again
   * while it loads, and keys sent to the replaced field are lost.
   */
  private void fill(By field, String text) {
    waitFor(
        driver -> {
          WebElement element = driver.findElement(field);
          if (!text.equals(element.getAttribute("value"))) {
            element.clear();
            element.sendKeys(text);
          }
          return text.equals(element.getAttribute("value"));
        });
  }

  private List<String> timeline(String ticketId) {
    return api.timelineKinds("leiloes-basic", "/api/tickets/" + ticketId);
  }
}
