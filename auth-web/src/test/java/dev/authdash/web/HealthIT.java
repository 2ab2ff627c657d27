package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.testing.MutableClock;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Liveness from memory, readiness from the stores (in-memory sessions: only the database). */
@MicronautTest(transactional = false)
class HealthIT {
  @Inject EmbeddedServer server;
  @Inject TestPorts.SwitchableUserRepository users;
  @Inject MutableClock clock;

  @AfterEach
  void databaseBackUp() {
    users.setDown(false);
    clock.advance(Duration.ofSeconds(2));
  }

  Browser.Page get(String path) {
    return new Browser(server.getURI()).getJson(path);
  }

  @Test
  void live_andReady_answerUp() {
    for (String path : new String[] {"/health", "/health/ready"}) {
      Browser.Page page = get(path);
      assertThat(page.status()).as(path).isEqualTo(200);
      assertThat(page.body()).as(path).isEqualTo("{\"status\":\"UP\"}");
      assertThat(page.header("Content-Type")).as(path).hasValue("application/json");
      assertThat(page.header("Cache-Control")).as(path).hasValue("no-store");
    }
  }

  @Test
  void whenTheDatabaseIsDown_readyIs503NamingIt_whileLiveStaysUp() {
    get("/health/ready");
    users.setDown(true);
    clock.advance(Duration.ofSeconds(1));

    Browser.Page ready = get("/health/ready");
    Browser.Page live = get("/health");

    assertThat(ready.status()).isEqualTo(503);
    assertThat(ready.body()).isEqualTo("{\"status\":\"DOWN\",\"down\":[\"database\"]}");
    assertThat(live.status()).isEqualTo(200);
    assertThat(live.body()).isEqualTo("{\"status\":\"UP\"}");
  }

  @Test
  void readiness_isProbedAtMostOncePerSecond_thenSeesTheRecovery() {
    users.setDown(true);
    clock.advance(Duration.ofSeconds(1));
    assertThat(get("/health/ready").status()).isEqualTo(503);

    users.setDown(false);
    clock.advance(Duration.ofMillis(500));
    assertThat(get("/health/ready").status())
        .as("the cached result, half a second on")
        .isEqualTo(503);

    clock.advance(Duration.ofMillis(500));
    assertThat(get("/health/ready").status()).isEqualTo(200);
  }

  @Test
  void health_answersUp() {
    Browser.Page health = get("/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body().replace(" ", "")).isEqualTo("{\"status\":\"UP\"}");
  }
}
