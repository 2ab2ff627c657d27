package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.secrets.SecretBox;
import dev.authdash.persistence.postgres.PostgresServer;
import dev.authdash.session.redis.RedisServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several stateless dashboards, for real: two dashboard JVMs (the built jar, own ports) on one
 * PostgreSQL database and one {@code redis-server}, with the settings that must match (the CSRF
 * signature key, the secret key). What one instance does, the other sees at once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoDashboardsIT {
  private static final Path JAR = Path.of("target", "auth-web-0.1.0-SNAPSHOT.jar");

  @TempDir static Path dir;
  private String database;
  private RedisServer redis;
  private final List<Process> dashboards = new ArrayList<>();
  private URI a;
  private URI b;

  @BeforeAll
  void startTwoDashboards() throws Exception {
    database = PostgresServer.createDatabase();
    redis = RedisServer.start();
    String csrfKey = SecretBox.generateKey() + SecretBox.generateKey();
    String secretKey = SecretBox.generateKey();
    a = start("a", csrfKey, secretKey);
    b = start("b", csrfKey, secretKey);
    SigtermDrainIT.awaitHealth(a);
    SigtermDrainIT.awaitHealth(b);
  }

  private URI start(String name, String csrfKey, String secretKey) throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-jar",
                JAR.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("dashboard-" + name + ".log").toFile());
    Map<String, String> env = builder.environment();
    env.put("MICRONAUT_SERVER_PORT", Integer.toString(port));
    env.put("AUTH_DB_URL", PostgresServer.jdbcUrl(database));
    env.put("AUTH_DB_USERNAME", PostgresServer.USER);
    env.put("AUTH_SESSION_STORE", "redis");
    env.put("REDIS_URI", redis.uri());
    env.put("AUTH_CSRF_SIGNATURE_KEY", csrfKey);
    env.put("AUTH_SECRET_KEY", secretKey);
    env.put("AUTH_ADMIN_PASSWORD", Accounts.OWNER_PASSWORD);
    env.put("AUTH_COOKIE_SECURE", "false");
    env.remove("AUTH_DB_PATH");
    dashboards.add(builder.start());
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  @AfterAll
  void stopEverything() throws Exception {
    for (Process dashboard : dashboards) {
      dashboard.destroy();
    }
    for (Process dashboard : dashboards) {
      if (!dashboard.waitFor(20, TimeUnit.SECONDS)) {
        dashboard.destroyForcibly();
      }
    }
    if (redis != null) {
      redis.close();
    }
    if (database != null) {
      PostgresServer.dropDatabase(database);
    }
  }

  /** The same browser (its cookies) talking to the other instance. */
  private static Browser sameBrowserOn(URI base, Browser browser) {
    Browser other = new Browser(base);
    other.cookies.putAll(browser.cookies);
    return other;
  }

  private String newUser(Browser admin, String role) {
    String name = Accounts.unique(role.equals("ADMIN") ? "ada" : "uma");
    Browser.Page created =
        admin.submit(
            "/admin/users",
            "/admin/users",
            Map.of("username", name, "password", Accounts.PASSWORD, "role", role));
    assertThat(created.status()).as("created on " + admin).isEqualTo(303);
    return name;
  }

  @Test
  void aSignInOnA_isASignInOnB_andAFormRenderedByA_isAcceptedByB() {
    Browser ownerOnA = Browser.signedIn(a, Accounts.OWNER, Accounts.OWNER_PASSWORD);
    String name = newUser(ownerOnA, "USER");
    Browser onA = Browser.signedIn(a, name, Accounts.PASSWORD);

    String tokenFromA = onA.get("/dashboard").csrfToken();
    Browser onB = sameBrowserOn(b, onA); // one cookie jar, as a browser behind a balancer has
    Browser.Page dashboard = onB.get("/dashboard");
    assertThat(dashboard.status()).isEqualTo(200);
    assertThat(dashboard.body()).contains(name);

    Browser.Page logout = onB.post("/logout", Map.of("csrfToken", tokenFromA));
    assertThat(logout.status()).as("A's form posted to B").isEqualTo(303);
    assertThat(logout.location()).isEqualTo("/");
    assertThat(onA.get("/dashboard").location()).as("signed out on A too").isEqualTo("/");
  }

  @Test
  void aDemotionMadeOnB_bitesTheNextRequestOnA() {
    Browser ownerOnB = Browser.signedIn(b, Accounts.OWNER, Accounts.OWNER_PASSWORD);
    String name = newUser(ownerOnB, "ADMIN");
    Browser adminOnA = Browser.signedIn(a, name, Accounts.PASSWORD);
    assertThat(adminOnA.get("/admin/users").status()).isEqualTo(200);

    Browser.Page demoted =
        ownerOnB.submit("/admin/users/" + name, "/admin/users/" + name + "/demote", Map.of());
    assertThat(demoted.status()).isEqualTo(303);

    assertThat(adminOnA.get("/admin/users").status()).isEqualTo(403);
  }

  @Test
  void fiveFailuresOnA_lockTheNameOnB_andOnlyThatName() {
    Browser ownerOnA = Browser.signedIn(a, Accounts.OWNER, Accounts.OWNER_PASSWORD);
    String locked = newUser(ownerOnA, "USER");
    String other = newUser(ownerOnA, "USER");
    Browser stranger = new Browser(a);
    for (int i = 0; i < 5; i++) {
      stranger.submit(
          "/", "/login", Map.of("username", locked, "password", "not the password at all"));
    }

    Browser owner = new Browser(b);
    Browser.Page refused =
        owner.submit("/", "/login", Map.of("username", locked, "password", Accounts.PASSWORD));
    assertThat(refused.location()).as("the right password, on B").isEqualTo("/");
    assertThat(owner.get("/").alerts()).anyMatch(m -> m.contains("too many failed attempts"));
    assertThat(Browser.signedIn(b, other, Accounts.PASSWORD).get("/dashboard").status())
        .as("another name from the same address")
        .isEqualTo(200);
  }

  @Test
  void aDeletionOnA_endsTheSessionOnB() {
    Browser ownerOnA = Browser.signedIn(a, Accounts.OWNER, Accounts.OWNER_PASSWORD);
    String name = newUser(ownerOnA, "USER");
    Browser onB = Browser.signedIn(b, name, Accounts.PASSWORD);
    assertThat(onB.get("/dashboard").status()).isEqualTo(200);

    Browser.Page deleted =
        ownerOnA.submit("/admin/users/" + name, "/admin/users/" + name + "/delete", Map.of());
    assertThat(deleted.status()).isEqualTo(303);

    assertThat(onB.get("/dashboard").location()).isEqualTo("/");
  }
}
