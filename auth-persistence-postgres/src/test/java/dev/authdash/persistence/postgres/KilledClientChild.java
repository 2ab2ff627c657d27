package dev.authdash.persistence.postgres;

import dev.authdash.core.port.out.UnitOfWork;
import dev.authdash.core.port.out.UserRepository;
import dev.authdash.core.testing.TestUsers;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Run in a child JVM by {@link KilledClientIT}: inside one unit of work, registers users, prints
 * {@code INSIDE} and waits to be killed.
 */
public final class KilledClientChild {
  private KilledClientChild() {}

  public static void main(String[] args) {
    try (PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PostgresTestDatabase db = PostgresTestDatabase.open(args[0])) {
      UserRepository users = db.bean(UserRepository.class);
      db.bean(UnitOfWork.class)
          .atomically(
              () -> {
                for (int i = 0; i < 50; i++) {
                  users.add(TestUsers.user("half" + i));
                }
                out.println("INSIDE");
                try {
                  Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return null;
              });
    }
  }
}
