package dev.authdash.persistence.sqlite;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A Micronaut context over a fresh SQLite file, as an application with this jar would have. */
final class SqliteTestDatabase implements AutoCloseable {
  private final ApplicationContext context;
  private final Path file;

  private SqliteTestDatabase(ApplicationContext context, Path file) {
    this.context = context;
    this.file = file;
  }

  static SqliteTestDatabase open(Path file) {
    return open(file, Map.of());
  }

  static SqliteTestDatabase open(Path file, Map<String, Object> properties, Object... singletons) {
    Map<String, Object> all = new HashMap<>(properties);
    all.put("auth.db.path", file.toString());
    ApplicationContext context =
        ApplicationContext.builder().properties(all).singletons(singletons).start();
    return new SqliteTestDatabase(context, file);
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  Path file() {
    return file;
  }

  @Override
  public void close() {
    context.close();
  }
}
