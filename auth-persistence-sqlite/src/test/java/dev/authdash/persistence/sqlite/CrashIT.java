package dev.authdash.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.model.Username;
import dev.authdash.core.port.out.UserRepository;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed with SIGKILL in a burst of registrations leaves a file that opens cleanly and
 * holds every registration it acknowledged.
 */
class CrashIT {
  private static final int ACKS_BEFORE_KILL = 300;

  @TempDir Path dir;

  @Test
  void aKilledWriter_leavesAnIntactFile_withEveryAcknowledgedRegistration() throws Exception {
    Path file = dir.resolve("auth.db");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CrashChild.class.getName(),
                file.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<String> acknowledged = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("ACK ")) {
          acknowledged.add(line.substring(4));
          if (acknowledged.size() == ACKS_BEFORE_KILL) {
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close
            break;
          }
        }
      }
    }
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(137);
    assertThat(acknowledged).hasSize(ACKS_BEFORE_KILL);

    try (Connection c =
            SqliteConnections.driver(new SqliteSettings(file, Duration.ofSeconds(5), 1))
                .getConnection();
        Statement statement = c.createStatement();
        ResultSet check = statement.executeQuery("PRAGMA integrity_check")) {
      assertThat(check.next()).isTrue();
      assertThat(check.getString(1)).isEqualTo("ok");
    }
    try (SqliteTestDatabase db = SqliteTestDatabase.open(file)) {
      UserRepository users = db.bean(UserRepository.class);
      for (String name : acknowledged) {
        assertThat(users.findByUsername(Username.of(name))).as(name).isPresent();
      }
      assertThat(users.count()).isGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
    }
  }
}
