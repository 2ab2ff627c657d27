package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.Role;
import dev.authdash.core.port.out.AuditLog;
import dev.authdash.core.testing.CsvReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The export links clicked in Chromium on filtered pages: the browser saves the file (into a test
 * folder, by the profile's download preferences) and it holds what the filter shows.
 */
class ExportBrowserIT {
  @RegisterExtension static final BrowserDashboard app = BrowserDashboard.onRealClock();

  /** The one finished download in the folder (Chromium writes *.crdownload until it is done). */
  private static Path downloaded(Chromium browser, Path folder, String suffix) {
    return browser
        .waiting()
        .until(
            ignored -> {
              try (Stream<Path> files = Files.list(folder)) {
                List<Path> all = files.toList();
                boolean busy = all.stream().anyMatch(f -> f.toString().endsWith(".crdownload"));
                return busy
                    ? null
                    : all.stream()
                        .filter(f -> f.toString().endsWith(suffix))
                        .findFirst()
                        .orElse(null);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void exportCsv_onTheFilteredUsersPage_downloadsThoseUsers(@TempDir Path folder)
      throws IOException {
    for (String name : List.of("brx-ann", "brx-bob", "brx-cy")) {
      Accounts.add(app.users(), name, name.equals("brx-bob") ? Role.USER : Role.ADMIN);
    }
    Accounts.add(app.users(), "zz-admin", Role.ADMIN);

    try (Chromium admin = Chromium.downloadingTo(folder)) {
      admin.signIn(app.base(), Accounts.OWNER, Accounts.OWNER_PASSWORD);
      admin.get(app.base() + "/admin/users");
      admin.driver.findElement(By.id("q")).sendKeys("brx");
      new org.openqa.selenium.support.ui.Select(admin.driver.findElement(By.id("role")))
          .selectByValue("ADMIN");
      var search =
          admin.driver.findElement(By.cssSelector("form[role=search] button[type=submit]"));
      search.click();
      admin.waitUntilGone(search);
      admin.driver.findElement(By.linkText("Export CSV")).click();

      Path file = downloaded(admin, folder, ".csv");
      assertThat(file.getFileName().toString()).matches("users-\\d{8}T\\d{6}Z\\.csv");
      List<List<String>> rows = CsvReader.read(Files.readString(file, StandardCharsets.UTF_8));
      assertThat(rows.subList(1, rows.size()))
          .extracting(r -> r.get(0) + " " + r.get(1))
          .containsExactly("brx-ann ADMIN", "brx-cy ADMIN");
      assertThat(admin.driver.getCurrentUrl()).as("the page stays").contains("/admin/users?");
    }
  }

  @Test
  void exportJson_onTheFilteredAuditPage_downloadsThoseEvents(@TempDir Path folder)
      throws IOException {
    AuditLog log = app.bean(AuditLog.class);
    Instant t = Instant.parse("2026-05-06T07:08:09Z");
    for (int i = 0; i < 4; i++) {
      log.append(
          new AuditEvent(
              t.plusSeconds(i),
              AuditEventType.LOGIN_FAILED,
              "brx-target",
              "",
              "192.0.2.3",
              "n" + i));
    }
    log.append(new AuditEvent(t, AuditEventType.LOCKED, "system", "brx-target", "", "locked"));

    try (Chromium admin = Chromium.downloadingTo(folder)) {
      admin.signIn(app.base(), Accounts.OWNER, Accounts.OWNER_PASSWORD);
      admin.get(app.base() + "/admin/audit?user=brx-target&type=LOGIN_FAILED");
      admin.driver.findElement(By.linkText("Export JSON")).click();

      Path file = downloaded(admin, folder, ".json");
      assertThat(file.getFileName().toString()).matches("audit-\\d{8}T\\d{6}Z\\.json");
      JsonNode events = new ObjectMapper().readTree(file.toFile());
      assertThat(events).hasSize(4);
      assertThat(events.get(0).get("detail").asText()).isEqualTo("n3");
      assertThat(events.get(3).get("at").asText()).isEqualTo("2026-05-06T07:08:09Z");
    }
  }
}
