package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The README's "Configuration of the apps" is the one settings table: every {@code ${ENV:default}}
 * key of application.yml is in it with the same environment variable and default, and every {@code
 * auth.*} row of it is in application.yml (but for the few read elsewhere, listed here). A key
 * whose default lives in a class ({@link SettingHomes}: the core's, an adapter's settings, the
 * hashing pool's, the session store's) has that one default: no default in application.yml (which
 * the CLI does not read), none in an annotation, and the README and the docs' tables give the
 * class's.
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
          "auth.session.store", "SessionStoreSetting: present but empty, it would select no store",
          "auth.session.redis.prefix", "RedisStoreSettings, only with the redis store",
          "auth.session.redis.timeout", "RedisStoreSettings, only with the redis store",
          "auth.db.url", "PostgreSQL: a key that is present, even empty, selects it",
          "auth.db.username", "PostgreSQL only, default from the URL",
          "auth.db.password", "PostgreSQL only, default from the URL",
          "auth.db.pool-size", "SqliteSettings and PostgresSettings, each its own default",
          "auth.db.connect-timeout", "PostgresSettings",
          "auth.db.socket-timeout", "PostgresSettings");

  record Setting(String env, String defaultValue) {}

  @Test
  void applicationYmlAndTheReadmeTable_agreeOnKeysVariablesAndDefaults() throws IOException {
    Map<String, Setting> yml = placeholders();
    Map<String, String[]> table = readmeTable();
    List<String> disagreements = new ArrayList<>();

    Map<String, List<String>> homes = SettingHomes.defaults();
    homes.forEach(
        (key, value) -> {
          Setting setting = yml.get(key);
          if (setting == null && !READ_ELSEWHERE.containsKey(key)) {
            disagreements.add(
                key + ": its default lives in a class; name it in application.yml as ${ENV:}");
          } else if (setting != null && !setting.defaultValue().isEmpty()) {
            disagreements.add(key + ": its default lives in a class, not in application.yml");
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
          if (!homes.containsKey(key)) {
            expectDefault(key, List.of(setting.defaultValue()), row[1], disagreements);
          }
        });
    homes.forEach(
        (key, expected) -> {
          String[] row = table.get(key);
          if (row == null) {
            disagreements.add(key + ": its default lives in a class, not in the README table");
          } else {
            expectDefault(key, expected, row[1], disagreements);
          }
        });
    table.keySet().stream()
        .filter(key -> !yml.containsKey(key) && !READ_ELSEWHERE.containsKey(key))
        .forEach(key -> disagreements.add(key + ": in the README table, not in application.yml"));

    assertThat(yml).as("placeholders found").hasSizeGreaterThan(15);
    assertThat(disagreements).isEmpty();
  }

  /**
   * A default written a second time, in any module's main sources: {@code @Property(defaultValue =
   * …)} (read through {@link dev.authdash.core.config.Setting} with the class's default instead), a
   * literal {@code defaultValue} of {@code @Requires} (the class's constant instead), {@code
   * ${auth.…:default}} in Java (application.yml or the class holds it), or a default in an
   * application*.yml for a key whose default lives in a class.
   */
  @Test
  void noDefaultIsWrittenTwice_inAnnotationsOrConfigurationFiles() throws IOException {
    Path root = projectRoot();
    Set<String> homed = SettingHomes.defaults().keySet();
    List<String> found = new ArrayList<>();
    List<Path> sources;
    List<Path> configs;
    try (Stream<Path> modules = Files.list(root)) {
      List<Path> main =
          modules.map(module -> module.resolve("src/main")).filter(Files::isDirectory).toList();
      sources = filesUnder(main, name -> name.endsWith(".java"));
      configs = filesUnder(main, name -> name.matches("application.*\\.ya?ml"));
    }
    for (Path file : sources) {
      String text = Files.readString(file);
      for (Pattern pattern :
          List.of(PROPERTY_DEFAULT, REQUIRES_LITERAL_DEFAULT, JAVA_PLACEHOLDER)) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
          found.add(root.relativize(file) + ":" + line(text, m.start()) + ": " + m.group());
        }
      }
    }
    for (Path file : configs) {
      Map<String, Object> values = new LinkedHashMap<>();
      try (InputStream in = Files.newInputStream(file)) {
        flatten("", new Yaml().load(in), values);
      }
      values.forEach(
          (key, value) -> {
            boolean named =
                value instanceof String text && text.strip().matches("\\$\\{[A-Z0-9_]+:}");
            if (homed.contains(key) && !named) {
              found.add(root.relativize(file) + ": " + key + ": " + value);
            }
          });
    }

    assertThat(sources).as("main sources scanned").hasSizeGreaterThan(100);
    assertThat(configs).as("application.yml scanned").isNotEmpty();
    assertThat(found).as("defaults written a second time").isEmpty();
  }

  /**
   * The docs' own settings tables (sqlite.md, postgres.md, email.md, redis.md, cli.md …): a row
   * that names a key whose default lives in a class, or its environment variable, gives that
   * default in its "default" column.
   */
  @Test
  void theDocsTables_giveTheClassesDefaults() throws IOException {
    Map<String, List<String>> homes = SettingHomes.defaults();
    Map<String, String> byName = new LinkedHashMap<>();
    Map<String, String[]> table = readmeTable();
    homes
        .keySet()
        .forEach(
            key -> {
              byName.put(key, key);
              String[] row = table.get(key);
              if (row != null) {
                codes(row[0]).forEach(variable -> byName.put(variable, key));
              }
            });
    List<String> disagreements = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> docs = Files.list(projectRoot().resolve("docs"))) {
      for (Path doc : docs.filter(d -> d.toString().endsWith(".md")).sorted().toList()) {
        int column = -1;
        for (String line : Files.readAllLines(doc)) {
          if (!line.startsWith("|")) {
            column = -1;
            continue;
          }
          List<String> cells = cells(line);
          if (column < 0) {
            column = indexOfDefault(cells);
            continue;
          }
          if (column >= cells.size() || cells.get(column).startsWith("---")) {
            continue;
          }
          String key =
              cells.subList(0, column).stream()
                  .flatMap(cell -> codes(cell).stream())
                  .filter(byName::containsKey)
                  .map(byName::get)
                  .findFirst()
                  .orElse(null);
          if (key != null) {
            checked++;
            String given = cells.get(column).replace("`", "").strip();
            if (homes.get(key).stream().noneMatch(given::startsWith)) {
              disagreements.add(
                  doc.getFileName() + ": " + key + ": '" + given + "' vs " + homes.get(key));
            }
          }
        }
      }
    }
    assertThat(checked).as("rows of the docs' tables checked").isGreaterThan(10);
    assertThat(disagreements).isEmpty();
  }

  private static final Pattern PROPERTY_DEFAULT =
      Pattern.compile("@Property\\s*\\([^)]*defaultValue[^)]*\\)");
  private static final Pattern REQUIRES_LITERAL_DEFAULT =
      Pattern.compile("@Requires\\s*\\([^)]*defaultValue\\s*=\\s*\"[^)]*\\)");
  private static final Pattern JAVA_PLACEHOLDER =
      Pattern.compile("\\$\\{auth\\.[a-z0-9.-]+:[^}]+}");

  private static List<Path> filesUnder(
      List<Path> folders, java.util.function.Predicate<String> name) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path folder : folders) {
      try (Stream<Path> walk = Files.walk(folder)) {
        walk.filter(f -> name.test(f.getFileName().toString())).forEach(files::add);
      }
    }
    return files;
  }

  private static int line(String text, int offset) {
    return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }

  private static void flatten(String path, Object node, Map<String, Object> found) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((k, v) -> flatten(path.isEmpty() ? k.toString() : path + "." + k, v, found));
    } else {
      found.put(path, node);
    }
  }

  private static List<String> cells(String line) {
    String inner = line.strip();
    inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
    return java.util.Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
  }

  private static int indexOfDefault(List<String> header) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equalsIgnoreCase("default")) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  /** The README's default cell gives {@code expected} (an empty one: none) as its first codes. */
  private static void expectDefault(
      String key, List<String> expected, String cell, List<String> disagreements) {
    List<String> documented = codes(cell);
    boolean same =
        expected.equals(List.of(""))
            ? documented.isEmpty()
            : documented.size() >= expected.size()
                && documented.subList(0, expected.size()).equals(expected);
    if (!same) {
      disagreements.add(key + ": default " + expected + " vs README " + cell.strip());
    }
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
    List<String> lines = Files.readAllLines(projectRoot().resolve("README.md"));
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

  /** The repository's root: the working directory of a test run from there or from auth-web. */
  private static Path projectRoot() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isRegularFile(here.resolve("README.md")) && Files.isDirectory(here.resolve("docs"))
        ? here
        : here.getParent();
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
