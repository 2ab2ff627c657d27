package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repo-root launcher {@code ./dashboard} after a build: the class-data archive is already there
 * (the build's training run wrote it beside the jar), the first run maps the dashboard's own
 * classes from it, and stopping does not write it again (that stop used to take 10–12 s).
 */
class DashboardLauncherIT {
  private static final Path JAR = Path.of("target", "auth-web-0.1.0-SNAPSHOT.jar");
  private static final Path ARCHIVE = Path.of("target", "auth-web.jsa");

  @TempDir Path dir;

  @Test
  void theFirstRunAfterABuild_mapsTheArchiveTheBuildWrote_andItsStopLeavesItAlone()
      throws Exception {
    assertThat(ARCHIVE).as("written by the build (exec-maven-plugin, TrainingRun)").exists();
    FileTime built = Files.getLastModifiedTime(ARCHIVE);
    assertThat(built).isGreaterThanOrEqualTo(Files.getLastModifiedTime(JAR));
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path classes = dir.resolve("classes.log");
    ProcessBuilder builder =
        new ProcessBuilder("bash", Path.of("..", "dashboard").toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("dashboard.log").toFile());
    builder.environment().put("PORT", Integer.toString(port));
    builder.environment().put("AUTH_DB_PATH", dir.resolve("auth.db").toString());
    builder.environment().put("JAVA_OPTS", "-Xlog:class+load=info:file=" + classes);
    builder.environment().remove("AUTH_DB_URL");
    builder.environment().remove("AUTH_SESSION_STORE");
    builder.environment().remove("DASHBOARD_AOT_CACHE");
    Process dashboard = builder.start();
    try {
      SigtermDrainIT.awaitHealth(URI.create("http://127.0.0.1:" + port + "/"));
    } finally {
      dashboard.destroy(); // SIGTERM, as a person's Ctrl-C or a service manager
      assertThat(dashboard.waitFor(60, TimeUnit.SECONDS)).as("stopped").isTrue();
    }

    assertThat(Files.readString(classes))
        .as("the dashboard's classes come from the archive")
        .containsPattern(
            "dev\\.authdash\\.web\\.Application source: shared objects file \\(top\\)");
    assertThat(Files.getLastModifiedTime(ARCHIVE)).as("not rewritten at stop").isEqualTo(built);
  }
}
