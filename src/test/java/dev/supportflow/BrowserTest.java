package dev.supportflow;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * A test in a real (headless) Chromium against the shared test server. Uses the system's chromium
 * and chromedriver (Debian packages, installed by .ci/run); nothing is downloaded. {@link
 * #evidence} saves a screenshot and the page source under target/browser/.
 */
public abstract class BrowserTest extends SupportFlowIntegrationTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  protected WebDriver browser;
  private Path profile;

  @BeforeEach
  void startBrowser() throws IOException {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "needs Debian's chromium and chromium-driver (.ci/run installs them)");
    profile = Files.createTempDirectory("supportflow-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,1200",
        "--lang=pt-BR",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      FileSystemUtils.deleteRecursively(profile.toFile());
    }
  }

  /** {@code path} on the test server. */
  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  protected void click(By locator) {
    WebElement element = waitFor(ExpectedConditions.elementToBeClickable(locator));
    // Long forms put buttons under fixed footers: bring them to the middle of the view first.
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  protected <T> T waitFor(Function<? super WebDriver, T> condition) {
    return new WebDriverWait(browser, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  /**
   * Saves a screenshot and the page source of the failed test under target/browser/, and returns
   * the failure with the page's address and visible text in its message, so that a CI log shows
   * what the browser showed.
   */
  protected AssertionError evidence(TestInfo test, Throwable failure) throws IOException {
    if (!(browser instanceof ChromeDriver chrome)) {
      return new AssertionError(failure.getMessage(), failure);
    }
    Path dir = Files.createDirectories(Path.of("target", "browser"));
    String name = test.getTestMethod().map(m -> m.getName()).orElse("browser");
    Files.copy(
        chrome.getScreenshotAs(OutputType.FILE).toPath(),
        dir.resolve(name + ".png"),
        StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(dir.resolve(name + ".html"), chrome.getPageSource());
    return new AssertionError(
        "The page at "
            + chrome.getCurrentUrl()
            + " showed: "
            + visibleText()
            + "; "
            + failure.toString().lines().findFirst().orElse(""),
        failure);
  }

  /** The page's visible text on one line, shortened. */
  protected String visibleText() {
    String text =
        browser.findElements(By.tagName("body")).stream()
            .map(WebElement::getText)
            .findFirst()
            .orElse("")
            .replaceAll("\\s*\\n\\s*", " | ");
    return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
  }
}
