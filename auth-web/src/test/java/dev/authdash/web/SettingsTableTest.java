package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.config.AuthConfig;
import dev.authdash.core.config.MailConfig;
import dev.authdash.core.crypto.BoundedPasswordHasher;
import dev.authdash.wiring.AuthSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The README's "Configuration of the apps" is the one settings table: every {@code ${ENV:default}}
 * key of application.yml is in it with the same environment variable and default, and every {@code
 * auth.*} row of it is in application.yml (but for the few read elsewhere, listed here). The keys
 * whose default the core keeps ({@link AuthSettings}, mail, hashing) have no default in
 * application.yml: the README gives the core's.
 */
class SettingsTableTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+):(.*)}");
  private static final Pattern ROW =
      Pattern.compile("^\\| `([a-z0-9.-]+)` \\| ([^|]*) \\| ([^|]*) \\|");
  private static final Pattern CODE = Pattern.compile("`([^`]*)`");

  /** Rows of the table whose key is not in application.yml, and why. */
  private static final Map<String, String> READ_ELSEWHERE =
      Map.of(
          "redis.uri",
              "Micronaut Redis, only with the redis store (an empty one would be an error)",
          "auth.audit.retention", "no default: pruning is off unless it is set",
          "auth.session.redis.prefix", "RedisStoreSettings, only with the redis store",
          "auth.session.redis.timeout", "RedisStoreSettings, only with the redis store",
          "auth.db.url", "PostgreSQL: a key that is present, even empty, selects it",
          "auth.db.username", "PostgreSQL only, default from the URL",
          "auth.db.password", "PostgreSQL only, default from the URL",
          "auth.db.pool-size", "its default depends on the database",
          "auth.db.connect-timeout", "PostgreSQL only",
          "auth.db.socket-timeout", "PostgreSQL only");

  record Setting(String env, String defaultValue) {}

  @Test
  void applicationYmlAndTheReadmeTable_agreeOnKeysVariablesAndDefaults() throws IOException {
    Map<String, Setting> yml = placeholders();
    Map<String, String[]> table = readmeTable();
    List<String> disagreements = new ArrayList<>();

    Map<String, String> coreDefaults = coreDefaults();
    coreDefaults.forEach(
        (key, value) -> {
          Setting setting = yml.get(key);
          if (setting == null || !setting.defaultValue().isEmpty()) {
            disagreements.add(
                key + ": the core's setting, in application.yml with no default ${ENV:}");
          }
        });
    yml.forEach(
        (key, setting) -> {
          String[] row = table.get(key);
          if (row == null) {
            disagreements.add(key + ": in application.yml, not in the README table");
            return;
          }
          if (!codes(row[0]).contains(setting.env())) {
            disagreements.add(key + ": variable " + setting.env() + " vs README " + row[0]);
          }
          List<String> documented = codes(row[1]);
          String expected = coreDefaults.getOrDefault(key, setting.defaultValue());
          boolean same =
              expected.isEmpty()
                  ? documented.isEmpty()
                  : !documented.isEmpty() && documented.get(0).equals(expected);
          if (!same) {
            disagreements.add(key + ": default '" + expected + "' vs README " + row[1].strip());
          }
        });
    table.keySet().stream()
        .filter(key -> !yml.containsKey(key) && !READ_ELSEWHERE.containsKey(key))
        .forEach(key -> disagreements.add(key + ": in the README table, not in application.yml"));

    assertThat(yml).as("placeholders found").hasSizeGreaterThan(15);
    assertThat(disagreements).isEmpty();
  }

  /**
   * Each key whose default the core keeps (AuthConfig.Builder, MailConfig, BoundedPasswordHasher),
   * with that default written as the README writes it (10m, 365d, 5).
   */
  private static Map<String, String> coreDefaults() {
    AuthConfig defaults = AuthConfig.defaults();
    Map<String, String> found = new LinkedHashMap<>();
    for (AuthSettings.Key<?> key : AuthSettings.KEYS) {
      Object value = key.getter().apply(defaults);
      found.put(key.name(), value instanceof Duration d ? text(d) : value.toString());
    }
    MailConfig mail = MailConfig.on("https://auth.example.com", "");
    found.put("auth.site-name", mail.siteName());
    found.put("auth.forgot-password.per-hour", Integer.toString(mail.resetRequestsPerAddress()));
    found.put(
        "auth.forgot-password.mails-per-account", Integer.toString(mail.resetMailsPerAccount()));
    found.put("auth.hashing.max-wait", text(BoundedPasswordHasher.DEFAULT_MAX_WAIT));
    return found;
  }

  private static String text(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds % 86_400 == 0) {
      return seconds / 86_400 + "d";
    }
    if (seconds % 3_600 == 0) {
      return seconds / 3_600 + "h";
    }
    return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
  }

  private static Map<String, Setting> placeholders() throws IOException {
    try (InputStream in = SettingsTableTest.class.getResourceAsStream("/application.yml")) {
      Map<String, Setting> found = new LinkedHashMap<>();
      collect("", new Yaml().load(in), found);
      return found;
    }
  }

  private static void collect(String path, Object node, Map<String, Setting> found) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((k, v) -> collect(path.isEmpty() ? k.toString() : path + "." + k, v, found));
    } else if (node instanceof String text) {
      Matcher m = PLACEHOLDER.matcher(text.strip());
      if (m.matches()) {
        found.put(path, new Setting(m.group(1), m.group(2)));
      }
    }
  }

  /** key → {variable cell, default cell} of the README's settings table. */
  private static Map<String, String[]> readmeTable() throws IOException {
    Path here = Path.of("").toAbsolutePath();
    Path readme =
        Files.isRegularFile(here.resolve("README.md")) && Files.isDirectory(here.resolve("docs"))
            ? here.resolve("README.md")
            : here.getParent().resolve("README.md");
    List<String> lines = Files.readAllLines(readme);
    int start = lines.indexOf("## Configuration of the apps");
    assertThat(start).as("the README has the settings section").isNotNegative();
    Map<String, String[]> rows = new LinkedHashMap<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("#")) {
        break;
      }
      Matcher m = ROW.matcher(line);
      if (m.find()) {
        rows.put(m.group(1), new String[] {m.group(2), m.group(3)});
      }
    }
    return rows;
  }

  private static List<String> codes(String cell) {
    List<String> values = new ArrayList<>();
    Matcher m = CODE.matcher(cell);
    while (m.find()) {
      values.add(m.group(1));
    }
    return values;
  }
}
