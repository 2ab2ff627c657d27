package dev.authdash.web;

import dev.authdash.core.port.out.UserRepository;
import dev.authdash.core.testing.MutableClock;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;

/**
 * The dashboard on a free port running on the test clock, for browser tests that reach the session
 * dialogs by moving time instead of waiting for it.
 */
final class ClockedServer implements AutoCloseable {
  final String base;
  final UserRepository users;
  final MutableClock clock;
  private final EmbeddedServer server;

  private ClockedServer(EmbeddedServer server) {
    this.server = server;
    this.base = "http://localhost:" + server.getPort();
    this.users = server.getApplicationContext().getBean(UserRepository.class);
    this.clock = server.getApplicationContext().getBean(MutableClock.class);
  }

  static ClockedServer start(Map<String, Object> properties) {
    Chromium.requireInstalled();
    return new ClockedServer(ApplicationContext.run(EmbeddedServer.class, properties, "test"));
  }

  @Override
  public void close() {
    server.getApplicationContext().close();
  }
}
