package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.crypto.BoundedPasswordHasher;
import dev.authdash.core.crypto.SpringPasswordHasher;
import dev.authdash.core.port.out.PasswordHasher;
import dev.authdash.core.testing.GatedHasher;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A sign-in flood: the app hashes on one thread with no queue, and the test holds that thread. A
 * login is then answered at once with the 503 busy page; the dashboard of a signed-in user is not
 * held up; and the refusals count as no failure.
 */
@MicronautTest(transactional = false)
@Property(name = BusyHashingIT.GATED, value = "true")
class BusyHashingIT {
  static final String GATED = "test.busy-hashing.gated";

  @Inject Dashboard app;

  /** Open while the app starts (it hashes the first admin's password); closed by the test. */
  static final GatedHasher GATE = new GatedHasher(new SpringPasswordHasher());

  static {
    GATE.open();
  }

  @Inject PasswordHasher hasher;

  @Test
  void whenEveryHashingSlotIsTaken_aLogin_getsTheBusyPage_andSignedInPagesStillAnswer()
      throws Exception {
    String name = app.user("dora");
    Browser signedIn = app.visitor();
    signedIn.login(name, Accounts.PASSWORD);
    Browser visitor = app.visitor();
    String token = visitor.get("/").csrfToken();
    GATE.close();
    int before = GATE.started();
    CompletableFuture<Boolean> held =
        CompletableFuture.supplyAsync(() -> hasher.hash(Accounts.PASSWORD) != null);
    GATE.awaitStarted(before + 1);

    Browser.Page busy = null;
    for (int i = 0; i < 6; i++) {
      busy =
          visitor.post(
              "/login",
              Map.of("username", name, "password", "wrong password entirely", "csrfToken", token));
    }
    Browser.Page dashboard = signedIn.get("/dashboard");

    assertThat(busy.status()).isEqualTo(503);
    assertThat(busy.header("Retry-After")).hasValue("1");
    assertThat(busy.body()).contains("The server is busy. Please try again in a moment.");
    assertThat(dashboard.status()).isEqualTo(200);
    assertThat(dashboard.body()).contains(name);

    GATE.open();
    assertThat(held.get(30, TimeUnit.SECONDS)).isTrue();
    assertThat(app.visitor().login(name, Accounts.PASSWORD).status()).isEqualTo(303);
  }

  /** This test's hasher: one thread, no queue, behind the gate. */
  @Factory
  @Requires(property = BusyHashingIT.GATED, value = "true")
  static class GatedHashing {
    @Singleton
    @Bean(preDestroy = "close")
    BoundedPasswordHasher hasher() {
      return new BoundedPasswordHasher(GATE, 1, 0);
    }
  }
}
