package dev.authdash.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up shortcut that skips Flyway on a current file, and what keeps it honest. */
class SqliteMigrationsTest {
  @TempDir Path dir;

  @Test
  void theLatestVersionConstant_isTheHighestMigrationShipped() throws Exception {
    URL location = getClass().getClassLoader().getResource("db/authdash/sqlite");
    assertThat(location).isNotNull();
    try (Stream<Path> files = Files.list(Path.of(location.toURI()))) {
      java.util.List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.matches("V\\d+(_\\d+)?__.*\\.sql"))
              .toList();
      int highest =
          names.stream()
              .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")).split("_")[0]))
              .max()
              .orElseThrow();
      assertThat(SqliteMigrations.LATEST_VERSION).isEqualTo(highest);
      assertThat(SqliteMigrations.MIGRATION_COUNT).isEqualTo(names.size());
    }
  }

  @Test
  void aFileIsCurrentOnlyOnceEveryMigrationRan() throws Exception {
    DataSource file =
        SqliteConnections.driver(new SqliteSettings(dir.resolve("m.db"), Duration.ofSeconds(5), 1));

    assertThat(SqliteMigrations.isCurrent(file)).isFalse();
    SqliteMigrations.migrateTo(file, "1");
    assertThat(SqliteMigrations.isCurrent(file)).isFalse();
    assertThat(SqliteMigrations.migrate(file)).as("the steps after V1").isPositive();
    assertThat(SqliteMigrations.isCurrent(file)).isTrue();
    assertThat(SqliteMigrations.migrate(file)).isZero();
  }
}
