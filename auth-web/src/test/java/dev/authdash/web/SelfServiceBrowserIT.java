package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * "Download my data" and "Delete my account" in headless Chromium: the download lands as a file, a
 * wrong password comes back as a message, the right one signs this browser out with "Your account
 * was deleted", another browser of the same user is told the same, and the name no longer signs in.
 */
class SelfServiceBrowserIT {
  private static EmbeddedServer server;
  private static String base;

  @BeforeAll
  static void start() {
    Chromium.requireInstalled();
    server = ApplicationContext.run(EmbeddedServer.class, Map.of(), "test", "browser");
    base = "http://localhost:" + server.getPort();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.getApplicationContext().close();
    }
  }

  private static void click(Chromium browser, WebElement button) {
    ((JavascriptExecutor) browser.driver)
        .executeScript("arguments[0].scrollIntoView({block:'center', behavior:'instant'})", button);
    button.click();
  }

  private static void submitDelete(Chromium browser, String password) {
    RealBrowserIT.fill(browser.driver, "delete-password", password);
    WebElement button = browser.driver.findElement(By.id("delete-account"));
    click(browser, button);
    browser.waitUntilGone(button);
  }

  private static List<Path> jsonFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".json")).toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void downloadMyData_thenDeleteMyAccount_wrongPasswordFirst_andEveryBrowserIsSignedOut()
      throws Exception {
    String name = Accounts.unique("nora");
    Path downloads = Files.createTempDirectory("authdash-downloads-");
    try (Chromium here = Chromium.start();
        Chromium there = Chromium.start()) {
      RealBrowserIT.register(here, base, name);
      RealBrowserIT.signIn(there, base, name, Accounts.PASSWORD);
      here.driver.executeCdpCommand(
          "Browser.setDownloadBehavior",
          Map.of("behavior", "allow", "downloadPath", downloads.toString()));

      WebDriver driver = here.get(base + "/profile");
      click(here, driver.findElement(By.id("download-data")));
      here.waiting().until(ignored -> jsonFiles(downloads).size() == 1);
      Path file = jsonFiles(downloads).get(0);
      assertThat(file.getFileName().toString()).startsWith("authdash-data-" + name + "-");
      here.waiting().until(ignored -> Files.exists(file) && file.toFile().length() > 0);
      JsonNode data = new ObjectMapper().readTree(Files.readString(file));
      assertThat(data.get("account").get("username").asText()).isEqualTo(name);
      assertThat(data.get("sessions")).hasSize(2);
      assertThat(driver.getCurrentUrl()).as("the page stays").isEqualTo(base + "/profile");

      click(here, driver.findElement(By.id("delete-account-link")));
      here.waiting().until(ExpectedConditions.urlToBe(base + "/profile/delete"));
      assertThat(driver.findElement(By.id("what-goes")).getText())
          .contains("every session ends: this one and 1 other");
      here.screenshot("delete_account");

      submitDelete(here, "not my password at all");
      assertThat(driver.getCurrentUrl()).isEqualTo(base + "/profile/delete");
      assertThat(RealBrowserIT.alerts(driver)).isEqualTo("Current password is incorrect.");

      submitDelete(here, Accounts.PASSWORD);
      here.waiting().until(ExpectedConditions.urlToBe(base + "/"));
      assertThat(RealBrowserIT.alerts(driver)).isEqualTo("Your account was deleted.");
      here.get(base + "/profile");
      assertThat(driver.getCurrentUrl()).as("signed out").isEqualTo(base + "/");

      there.get(base + "/dashboard");
      there.waiting().until(ExpectedConditions.urlToBe(base + "/"));
      assertThat(RealBrowserIT.alerts(there.driver)).isEqualTo("Your account was deleted.");

      here.get(base + "/");
      RealBrowserIT.fill(driver, "username", name);
      RealBrowserIT.fill(driver, "password", Accounts.PASSWORD);
      WebElement signIn =
          driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]"));
      signIn.click();
      here.waitUntilGone(signIn);
      assertThat(driver.getCurrentUrl()).isEqualTo(base + "/");
      assertThat(RealBrowserIT.alerts(driver)).isEqualTo("Invalid username or password.");
    } finally {
      for (Path p : jsonFiles(downloads)) {
        Files.deleteIfExists(p);
      }
      Files.deleteIfExists(downloads);
    }
  }
}
