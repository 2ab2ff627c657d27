package dev.authdash.persistence.sqlite;

import dev.authdash.core.port.out.UserRepository;
import dev.authdash.core.testing.TestUsers;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link CrashIT}: registers users as fast as it can and prints {@code ACK
 * <name>} after each add returns, until it is killed.
 */
public final class CrashChild {
  private CrashChild() {}

  public static void main(String[] args) {
    try (PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        SqliteTestDatabase db = SqliteTestDatabase.open(Path.of(args[0]))) {
      UserRepository users = db.bean(UserRepository.class);
      out.println("READY");
      for (int i = 0; ; i++) {
        String name = "burst" + i;
        users.add(TestUsers.user(name));
        out.println("ACK " + name);
      }
    }
  }
}
