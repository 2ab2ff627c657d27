package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.port.out.UserRepository;
import dev.authdash.core.secrets.SecretBox;
import dev.authdash.persistence.postgres.PostgresServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The dashboard on PostgreSQL (through a proxy the test can cut): the users live in the server, a
 * stopped server gives the 503 page within two seconds, and service returns without a restart
 * (within seconds of the server's return).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresOutageIT implements TestPropertyProvider {
  @Inject Dashboard app;
  private String database;
  private TcpProxy proxy;

  @Inject UserRepository users;

  @Override
  public Map<String, String> getProperties() {
    database = PostgresServer.createDatabase();
    try {
      String[] hostPort = PostgresServer.ADDRESS.split(":");
      proxy = new TcpProxy(hostPort[0], Integer.parseInt(hostPort[1]));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return Map.of(
        "auth.db.url",
        PostgresServer.jdbcUrl(proxy.address(), database),
        "auth.db.username",
        PostgresServer.USER,
        "auth.secret-key",
        SecretBox.generateKey());
  }

  @AfterAll
  void dropTheDatabase() throws IOException {
    proxy.close();
    PostgresServer.dropDatabase(database);
  }

  @Test
  void theUsersLiveInPostgres() {
    assertThat(users.getClass().getSimpleName()).isEqualTo("PostgresUserRepository");
  }

  @Test
  void aStoppedServer_givesThe503PageWithinTwoSeconds_andServiceReturnsWithoutARestart()
      throws IOException {
    String name = app.user("outage");
    Browser b = app.signedIn(name);
    assertThat(b.get("/dashboard").status()).isEqualTo(200);

    proxy.cut();
    for (int request = 0; request < 3; request++) {
      long started = System.nanoTime();
      Browser.Page down = b.get("/dashboard");
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      assertThat(down.status()).isEqualTo(503);
      assertThat(down.body()).contains("unavailable");
      assertThat(took).as("request %d", request).isLessThan(Duration.ofSeconds(2));
    }

    proxy.restore();
    // The pool opens a new connection in the background; on a loaded machine the server takes a
    // moment to start its backend, so the first request may still get the 503 page.
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    int status = b.get("/dashboard").status();
    while (status != 200 && System.nanoTime() < deadline) {
      status = b.get("/dashboard").status();
    }
    assertThat(status).as("service back without a restart").isEqualTo(200);
    app.signedIn(name);
  }
}
