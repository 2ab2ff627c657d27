package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.testing.MutableClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How long a session lives, on the test clock: idle expiry with its message, activity and keepalive
 * extending it, the status poll that does not, and the absolute limit.
 */
@MicronautTest(transactional = false)
class SessionLifetimeIT {
  @Inject Dashboard app;
  @Inject MutableClock clock;

  @Test
  void expiredSession_goesToTheLoginPageWithTheExpiryMessage() {
    Browser b = app.signedIn(app.user("sleepy"));
    clock.advance(Duration.ofMinutes(11));
    Browser.Page page = b.get("/dashboard");
    assertThat(page.status()).isEqualTo(303);
    assertThat(page.location()).isEqualTo("/");
    Browser.Page login = b.get("/");
    assertThat(login.status()).isEqualTo(200);
    assertThat(login.alerts()).containsExactly("Your session has expired. Please log in again.");
    assertThat(b.cookies).doesNotContainKey("__Host-authdash");
  }

  @Test
  void activityKeepsASessionAlive_butTheStatusPollDoesNot() {
    Browser b = app.signedIn(app.user("busy"));
    for (int i = 0; i < 3; i++) {
      clock.advance(Duration.ofMinutes(8));
      assertThat(b.get("/dashboard").status())
          .as("after %d × 8 minutes of activity", i + 1)
          .isEqualTo(200);
    }
    clock.advance(Duration.ofMinutes(4));
    Browser.Page status = b.getJson("/session/status");
    assertThat(status.status()).isEqualTo(200);
    assertThat(status.header("content-type"))
        .hasValueSatisfying(v -> assertThat(v).contains("json"));
    assertThat(status.body()).contains("\"active\":true", "\"idleSecondsLeft\":360");
    assertThat(status.body()).contains("\"absoluteSecondsLeft\":" + (12 * 3600 - 28 * 60));
    clock.advance(Duration.ofMinutes(4));
    assertThat(b.getJson("/session/status").body()).contains("\"idleSecondsLeft\":120");
    clock.advance(Duration.ofMinutes(3));
    Browser.Page gone = b.getJson("/session/status");
    assertThat(gone.status()).isEqualTo(401);
    assertThat(gone.body()).contains("\"active\":false");
    assertThat(b.get("/dashboard").location()).isEqualTo("/");
  }

  @Test
  void keepalive_extendsTheSession() {
    Browser b = app.signedIn(app.user("keeper"));
    clock.advance(Duration.ofMinutes(9));
    Browser.Page kept = b.submit("/dashboard", "/session/keepalive", Map.of());
    assertThat(kept.status()).isEqualTo(303);
    assertThat(kept.location()).isEqualTo("/dashboard");
    clock.advance(Duration.ofMinutes(9));
    assertThat(b.getJson("/session/status").body()).contains("\"active\":true");
    Browser.Page json =
        b.header("X-CSRF-TOKEN", b.get("/dashboard").csrfToken())
            .header("Accept", "application/json")
            .post("/session/keepalive", Map.of());
    assertThat(json.status()).isEqualTo(200);
  }

  @Test
  void absoluteTimeout_endsEvenABusySession() {
    Browser b = app.signedIn(app.user("marathon"));
    for (int i = 0; i < 12 * 6 + 2; i++) {
      clock.advance(Duration.ofMinutes(10).minusSeconds(1));
      if (b.get("/dashboard").status() != 200) {
        break;
      }
    }
    assertThat(b.get("/dashboard").location()).isEqualTo("/");
  }
}
