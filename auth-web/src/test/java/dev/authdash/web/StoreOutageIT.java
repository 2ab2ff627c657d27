package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.port.out.UserRepository;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The user store down (the tests' switchable SQLite store): the 503 page for pages and sign-ins,
 * and service back by itself when the store returns.
 */
@MicronautTest(transactional = false)
class StoreOutageIT {
  @Inject Dashboard app;
  @Inject UserRepository users;
  @Inject TestPorts.SwitchableUserRepository switchable;

  @AfterEach
  void storeBackUp() {
    switchable.setDown(false);
  }

  @Test
  void theFallbacksStepAsideForOtherPortBeans() {
    assertThat(users).isSameAs(switchable);
  }

  @Test
  void storeOutage_showsThe503Page_andTheAppRecoversByItself() {
    String name = app.user("outage");
    Browser b = app.signedIn(name);
    switchable.setDown(true);
    Browser.Page down = b.get("/dashboard");
    assertThat(down.status()).isEqualTo(503);
    assertThat(down.body()).contains("unavailable", "navbar").doesNotContain("switched off");
    Browser fresh = app.visitor();
    Browser.Page login = fresh.get("/");
    Browser.Page refused =
        fresh.post(
            "/login",
            Map.of(
                "username", name, "password", Accounts.PASSWORD, "csrfToken", login.csrfToken()));
    assertThat(refused.status()).isEqualTo(503);
    switchable.setDown(false);
    assertThat(b.get("/dashboard").status()).isEqualTo(200);
    fresh.login(name, Accounts.PASSWORD);
  }
}
