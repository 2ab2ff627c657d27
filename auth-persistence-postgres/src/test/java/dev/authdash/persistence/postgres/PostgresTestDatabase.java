package dev.authdash.persistence.postgres;

import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;

/** A Micronaut context on a database of the test server, as an application with this jar has. */
final class PostgresTestDatabase implements AutoCloseable {
  private final ApplicationContext context;

  private PostgresTestDatabase(ApplicationContext context) {
    this.context = context;
  }

  static PostgresTestDatabase open(String database) {
    return open(database, Map.of());
  }

  static PostgresTestDatabase open(
      String database, Map<String, Object> properties, Object... singletons) {
    Map<String, Object> all = new HashMap<>();
    all.put("auth.db.url", PostgresServer.jdbcUrl(database));
    all.put("auth.db.username", PostgresServer.USER);
    all.put("auth.db.pool-size", 16);
    // A shared users store needs the instances' common key (without it the start is refused).
    all.put("auth.secret-key", dev.authdash.core.secrets.SecretBox.generateKey());
    all.putAll(properties);
    ApplicationContext context =
        ApplicationContext.builder().properties(all).singletons(singletons).start();
    return new PostgresTestDatabase(context);
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }
}
