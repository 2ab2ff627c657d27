package dev.authdash.persistence.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A JUnit extension: each test gets a Micronaut context over a new SQLite file in a temp dir. */
final class FreshDatabase implements BeforeEachCallback, AfterEachCallback {
  private Path dir;
  private SqliteTestDatabase db;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    dir = Files.createTempDirectory("auth-sqlite-");
    db = SqliteTestDatabase.open(dir.resolve("auth.db"));
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    db.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  Path file() {
    return db.file();
  }

  <T> T bean(Class<T> type) {
    return db.bean(type);
  }
}
