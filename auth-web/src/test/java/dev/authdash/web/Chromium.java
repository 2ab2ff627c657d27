package dev.authdash.web;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver at fixed paths: Selenium
 * Manager is never asked to find or download anything. Each browser gets a fresh profile folder, so
 * two browsers share no cookies.
 */
final class Chromium implements AutoCloseable {
  static final Path BINARY = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Duration WAIT = Duration.ofSeconds(15);

  final ChromeDriver driver;
  private final Path profile;

  private Chromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Fails (never skips) when Chromium or its driver is missing, saying how to install them. */
  static void requireInstalled() {
    if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
      fail(
          "The browser tests need Debian's Chromium and chromedriver at %s and %s: run"
              + " `apt-get install chromium chromium-driver` (.ci/run installs them when missing).",
          BINARY, DRIVER);
    }
  }

  static Chromium start() {
    return start(java.util.Map.of());
  }

  /**
   * A browser that saves downloads into the folder without asking (Chromium's download preferences,
   * set for this test profile only).
   */
  static Chromium downloadingTo(Path folder) {
    return start(
        java.util.Map.of(
            "download.default_directory",
            folder.toAbsolutePath().toString(),
            "download.prompt_for_download",
            false));
  }

  private static Chromium start(java.util.Map<String, Object> prefs) {
    requireInstalled();
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    try {
      Path profile = Files.createTempDirectory("authdash-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(BINARY.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--window-size=1280,900",
          "--user-data-dir=" + profile);
      if (!prefs.isEmpty()) {
        options.setExperimentalOption("prefs", prefs);
      }
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File(DRIVER.toString()))
              .usingAnyFreePort()
              .build();
      return new Chromium(new ChromeDriver(service, options), profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, WAIT);
  }

  WebDriverWait waiting(Duration timeout) {
    return new WebDriverWait(driver, timeout);
  }

  /**
   * Waits until {@code element} no longer belongs to the page shown, i.e. a submit has navigated.
   * Selenium's {@code stalenessOf} only counts a StaleElementReferenceException; asked in the
   * middle of the navigation, Chromium instead answers "Node with given id does not belong to the
   * document" as an unknown error (a CI run failed on it), which also means the node is gone.
   */
  void waitUntilGone(WebElement element) {
    waiting()
        .until(
            ignored -> {
              try {
                element.isEnabled();
                return false;
              } catch (StaleElementReferenceException gone) {
                return true;
              } catch (WebDriverException midNavigation) {
                if (String.valueOf(midNavigation.getMessage())
                    .contains("does not belong to the document")) {
                  return true;
                }
                throw midNavigation;
              }
            });
  }

  /**
   * Saves what the browser shows as target/screenshots/{name}.png. Only a run with {@code
   * -Dscreenshots.refresh=true} also writes docs/screenshots/{name}.png, so that an ordinary {@code
   * ./mvnw verify} leaves the tracked pictures alone and refreshing them is a deliberate act.
   */
  void screenshot(String name) {
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    write(Path.of("target", "screenshots"), name, png);
    if (Boolean.getBoolean("screenshots.refresh")) {
      write(docsScreenshots(), name, png);
    }
  }

  private static void write(Path folder, String name, byte[] png) {
    try {
      Files.createDirectories(folder);
      Files.write(folder.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** docs/screenshots of the repository (tests run with auth-web as the working folder). */
  static Path docsScreenshots() {
    Path here = Path.of("").toAbsolutePath();
    Path repo = Files.isDirectory(here.resolve("docs")) ? here : here.getParent();
    return repo.resolve("docs").resolve("screenshots");
  }

  /** Lays pages out as on a screen of this size (a phone's, with mobile: true below 768 px). */
  void viewport(int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        java.util.Map.of(
            "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 768));
  }

  WebDriver get(String url) {
    driver.get(url);
    return driver;
  }

  // What a person does on the dashboard's pages, as the tests do it again and again.

  /** Types the value into the field with the id, replacing what it held. */
  void fill(String id, String value) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }

  /** The flash messages above the page, joined by " | " (empty when there are none). */
  String alerts() {
    return String.join(
        " | ",
        driver.findElements(By.cssSelector(".flash-area .alert")).stream()
            .map(WebElement::getText)
            .toList());
  }

  /**
   * Scrolls the element to the middle of the window at once (Bootstrap makes scrolling smooth, and
   * a click during the animation lands on a stale point), then clicks it.
   */
  void clickInView(WebElement element) {
    driver.executeScript(
        "arguments[0].scrollIntoView({block:'center', behavior:'instant'})", element);
    element.click();
  }

  /** Clicks the submit button of the form with the action and waits for the page it leads to. */
  void submit(String formAction) {
    WebElement button = submitButton(formAction);
    clickInView(button);
    waitUntilGone(button);
  }

  /** As {@link #submit}, for a form that asks "Are you sure?" first: the answer is yes. */
  void submitConfirming(String formAction) {
    clickConfirming(submitButton(formAction));
  }

  /** Clicks the button, says yes to the confirmation it asks for, and waits for the next page. */
  void clickConfirming(WebElement button) {
    clickInView(button);
    waiting().until(ExpectedConditions.alertIsPresent()).accept();
    waitUntilGone(button);
  }

  private WebElement submitButton(String formAction) {
    return driver.findElement(
        By.cssSelector("form[action='" + formAction + "'] button[type=submit]"));
  }

  /** Signs in through the login page and waits for the dashboard. */
  void signIn(String base, String username, String password) {
    get(base + "/");
    fill("username", username);
    fill("password", password);
    submitButton("/login").click();
    waiting().until(ExpectedConditions.urlToBe(base + "/dashboard"));
  }

  /** Registers the name with {@link Accounts#PASSWORD} and waits for the dashboard. */
  void register(String base, String username) {
    get(base + "/register");
    fill("username", username);
    fill("password", Accounts.PASSWORD);
    fill("confirmPassword", Accounts.PASSWORD);
    submitButton("/register").click();
    waiting().until(ExpectedConditions.urlToBe(base + "/dashboard"));
  }

  /** Clicks "Log out" in the navigation and waits for the login page. */
  void signOut(String base) {
    clickInView(driver.findElement(By.cssSelector("nav form[action='/logout'] button")));
    waiting().until(ExpectedConditions.urlToBe(base + "/"));
  }

  /**
   * Tells the page it regained focus (it then asks the server for the time left) until the element
   * can be clicked: a status request already under way when time moved is answered with the old
   * time, and the page asks again only on the next focus.
   */
  void untilThePageSees(By element) {
    waiting()
        .until(
            d -> {
              driver.executeScript("window.dispatchEvent(new Event('focus'));");
              return ExpectedConditions.elementToBeClickable(element).apply(d);
            });
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException ignored) {
        // a leftover temp profile is harmless
      }
    }
  }
}
