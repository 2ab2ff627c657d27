package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * "Download my data" and "Delete my account" in headless Chromium: the download lands as a file, a
 * wrong password comes back as a message, the right one signs this browser out with "Your account
 * was deleted", another browser of the same user is told the same, and the name no longer signs in.
 */
class SelfServiceBrowserIT {
  @RegisterExtension static final BrowserDashboard app = BrowserDashboard.onRealClock();

  private static void submitDelete(Chromium browser, String password) {
    browser.fill("delete-password", password);
    WebElement button = browser.driver.findElement(By.id("delete-account"));
    browser.clickInView(button);
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
      here.register(app.base(), name);
      there.signIn(app.base(), name, Accounts.PASSWORD);
      here.driver.executeCdpCommand(
          "Browser.setDownloadBehavior",
          Map.of("behavior", "allow", "downloadPath", downloads.toString()));

      WebDriver driver = here.get(app.base() + "/profile");
      here.clickInView(driver.findElement(By.id("download-data")));
      here.waiting().until(ignored -> jsonFiles(downloads).size() == 1);
      Path file = jsonFiles(downloads).get(0);
      assertThat(file.getFileName().toString()).startsWith("authdash-data-" + name + "-");
      here.waiting().until(ignored -> Files.exists(file) && file.toFile().length() > 0);
      JsonNode data = new ObjectMapper().readTree(Files.readString(file));
      assertThat(data.get("account").get("username").asText()).isEqualTo(name);
      assertThat(data.get("sessions")).hasSize(2);
      assertThat(driver.getCurrentUrl()).as("the page stays").isEqualTo(app.base() + "/profile");

      here.clickInView(driver.findElement(By.id("delete-account-link")));
      here.waiting().until(ExpectedConditions.urlToBe(app.base() + "/profile/delete"));
      assertThat(driver.findElement(By.id("what-goes")).getText())
          .contains("every session ends: this one and 1 other");
      here.screenshot("delete_account");

      submitDelete(here, "not my password at all");
      assertThat(driver.getCurrentUrl()).isEqualTo(app.base() + "/profile/delete");
      assertThat(here.alerts()).isEqualTo("Current password is incorrect.");

      submitDelete(here, Accounts.PASSWORD);
      here.waiting().until(ExpectedConditions.urlToBe(app.base() + "/"));
      assertThat(here.alerts()).isEqualTo("Your account was deleted.");
      here.get(app.base() + "/profile");
      assertThat(driver.getCurrentUrl()).as("signed out").isEqualTo(app.base() + "/");

      there.get(app.base() + "/dashboard");
      there.waiting().until(ExpectedConditions.urlToBe(app.base() + "/"));
      assertThat(there.alerts()).isEqualTo("Your account was deleted.");

      here.get(app.base() + "/");
      here.fill("username", name);
      here.fill("password", Accounts.PASSWORD);
      here.submit("/login");
      assertThat(driver.getCurrentUrl()).isEqualTo(app.base() + "/");
      assertThat(here.alerts()).isEqualTo("Invalid username or password.");
    } finally {
      for (Path p : jsonFiles(downloads)) {
        Files.deleteIfExists(p);
      }
      Files.deleteIfExists(downloads);
    }
  }
}
