package dev.authdash.web;

import dev.authdash.core.port.out.UserRepository;
import dev.authdash.core.testing.MutableClock;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The dashboard a class of real-browser tests runs against: started on a free port before the
 * class's first test (Chromium must be installed), closed after its last. A JUnit extension, held
 * in a static field:
 *
 * <pre>
 * {@code @RegisterExtension static final BrowserDashboard app = BrowserDashboard.onRealClock();}
 * </pre>
 */
final class BrowserDashboard implements BeforeAllCallback, AfterAllCallback {
  private final Supplier<EmbeddedServer> starter;
  private EmbeddedServer server;

  private BrowserDashboard(Supplier<EmbeddedServer> starter) {
    this.starter = starter;
  }

  /** The real clock and the real stores (the "browser" environment leaves TestPorts out). */
  static BrowserDashboard onRealClock() {
    return onRealClock(Map.of());
  }

  static BrowserDashboard onRealClock(Map<String, Object> properties) {
    return new BrowserDashboard(
        () -> ApplicationContext.run(EmbeddedServer.class, properties, "test", "browser"));
  }

  /** The real stores on the test's clock, which it moves (codes, locks). */
  static BrowserDashboard onClock(MutableClock clock) {
    return new BrowserDashboard(
        () ->
            ApplicationContext.builder()
                .environments("test", "browser")
                .singletons(clock)
                .run(EmbeddedServer.class));
  }

  /**
   * The real clock, with {@code auth.public-url} the address on a port chosen now: passkeys take
   * their relying party ({@code localhost}) and allowed origin from it.
   */
  static BrowserDashboard withPublicUrl() {
    return new BrowserDashboard(
        () ->
            ApplicationContext.run(
                EmbeddedServer.class,
                ClockedServer.withPublicUrl(ClockedServer.freePort(), Map.of()),
                "test",
                "browser"));
  }

  /**
   * TestPorts' clock (a bean: {@link #clock()}) and switchable user store, for tests that reach the
   * session dialogs by moving time instead of waiting for it.
   */
  static BrowserDashboard onTestClock(Map<String, Object> properties) {
    return new BrowserDashboard(
        () -> ApplicationContext.run(EmbeddedServer.class, properties, "test"));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Chromium.requireInstalled();
    server = starter.get();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (server != null) {
      server.getApplicationContext().close();
    }
  }

  /** {@code http://localhost:port}, without a slash at the end. */
  String base() {
    return "http://localhost:" + server.getPort();
  }

  /** The HTTP tests' fixture on this dashboard: plain HTTP browsers, accounts, audit events. */
  Dashboard http() {
    return bean(Dashboard.class);
  }

  UserRepository users() {
    return bean(UserRepository.class);
  }

  /** The clock the dashboard runs on, where it is a test's ({@link #onTestClock}). */
  MutableClock clock() {
    return bean(MutableClock.class);
  }

  <T> T bean(Class<T> type) {
    return server.getApplicationContext().getBean(type);
  }
}
