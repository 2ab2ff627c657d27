package dev.authdash.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.model.Username;
import dev.authdash.core.port.out.UnitOfWork;
import dev.authdash.core.port.out.UserRepository;
import dev.authdash.core.testing.TestUsers;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A dashboard killed with SIGKILL in the middle of a unit of work leaves nothing half-written, and
 * its lock goes with it: the server rolls the transaction back when the connection drops.
 */
class KilledClientIT {
  @RegisterExtension static final FreshPostgres DB = new FreshPostgres();

  @Test
  void aClientKilledInsideAUnitOfWork_leavesNoneOfItsWrites_andReleasesTheLock() throws Exception {
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                KilledClientChild.class.getName(),
                DB.database())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      while (line != null && !line.equals("INSIDE")) {
        line = out.readLine();
      }
      assertThat(line).as("the child reached the middle of its unit of work").isEqualTo("INSIDE");
    }
    UserRepository users = DB.bean(UserRepository.class);
    child.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback sent by the client
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(137);

    long started = System.nanoTime();
    boolean ran =
        DB.bean(UnitOfWork.class)
            .atomically(
                () -> {
                  users.add(TestUsers.user("after"));
                  return true;
                });
    Duration waited = Duration.ofNanos(System.nanoTime() - started);

    assertThat(ran).isTrue();
    assertThat(waited).as("the dead client's lock was released").isLessThan(Duration.ofSeconds(2));
    assertThat(users.count()).isEqualTo(1);
    assertThat(users.findByUsername(Username.of("half0"))).isEmpty();
    assertThat(users.findByUsername(Username.of("after"))).isPresent();
  }
}
