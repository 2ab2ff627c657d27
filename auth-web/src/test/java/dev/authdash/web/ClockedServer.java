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

  /**
   * Properties for a dashboard whose mail is on: a free port chosen now, {@code auth.public-url}
   * the address on it (links in mails are built from it only), and the given extra settings.
   */
  static Map<String, Object> withPublicUrl(int port, Map<String, Object> more) {
    Map<String, Object> all = new java.util.HashMap<>(more);
    all.put("micronaut.server.port", port);
    all.put("auth.public-url", "http://localhost:" + port);
    return all;
  }

  /** A free TCP port (for a server whose public URL must be known before it starts). */
  static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.getApplicationContext().close();
  }
}
