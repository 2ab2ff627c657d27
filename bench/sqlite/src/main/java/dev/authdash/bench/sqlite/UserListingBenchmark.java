package dev.authdash.bench.sqlite;

import dev.authdash.core.model.PageRequest;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.UserQuery;
import dev.authdash.core.port.out.UserRepository;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * Seeds {@value #USERS} users (1 in 100 an admin; names from random syllables plus a number, so a
 * three-letter term matches about one user in a hundred) and times {@link UserRepository#list}.
 * Each case is warmed up, then timed {@value #RUNS} times; the median and the slowest are printed.
 */
public final class UserListingBenchmark {
  static final int USERS = 1_000_000;
  static final int WARMUP = 20;
  static final int RUNS = 50;
  private static final String[] SYLLABLES = {
    "ma", "ri", "an", "jo", "el", "ka", "to", "su", "li", "ne", "ro", "be", "da", "vi", "mo", "ha",
    "ta", "ke", "ni", "sa"
  };
  private static final String HASH =
      "{argon2}$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2g";

  private UserListingBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "bench/sqlite/target/bench-1m.db");
    try (ApplicationContext context =
        ApplicationContext.run(Map.of("auth.db.path", file.toString()))) {
      UserRepository users = context.getBean(UserRepository.class);
      long present = users.count();
      if (present < USERS) {
        seed(file, present);
      }
      System.out.printf("%s: %,d users, %,d admins%n", file, users.count(), users.countByRole(Role.ADMIN));
      System.out.printf("%-44s %10s %10s %10s%n", "page of 20", "median ms", "max ms", "total");
      time(users, "search \"mar\", page 1", query("mar", null, 1));
      time(users, "search \"mar\", page 2", query("mar", null, 2));
      time(users, "search \"mar\", page 200", query("mar", null, 200));
      time(users, "search \"kasu\", page 2", query("kasu", null, 2));
      time(users, "search \"ne.1\", page 1", query("ne.1", null, 1));
      time(users, "role ADMIN, page 2", query(null, Role.ADMIN, 2));
      time(users, "role USER, page 2", query(null, Role.USER, 2));
      time(users, "role USER, page 5000", query(null, Role.USER, 5000));
      time(users, "search \"mar\" + role ADMIN, page 1", query("mar", Role.ADMIN, 1));
      time(users, "no filter, page 2", query(null, null, 2));
      time(users, "search \"ma\" (2 chars), page 1", query("ma", null, 1));
      time(users, "search \"ma\", page 200", query("ma", null, 200));
      time(users, "search \"m\" (1 char), page 1", query("m", null, 1));
      time(users, "search \"zz\" (sparse), page 1", query("zz", null, 1));
      time(users, "search \".z\" (sparse), page 30", query(".z", null, 30));
      time(users, "search \"ma\" + role ADMIN, page 1", query("ma", Role.ADMIN, 1));
      time(users, "search \"ma\" + role ADMIN, page 70", query("ma", Role.ADMIN, 70));
      time(users, "search \"a\" + role ADMIN, page 2", query("a", Role.ADMIN, 2));
      time(users, "search \"q\" + role USER, page 2", query("q", Role.USER, 2));
      time(users, "search \"zz\" + role ADMIN, page 1", query("zz", Role.ADMIN, 1));
    }
  }

  private static UserQuery query(String search, Role role, int page) {
    return new UserQuery(
        Optional.ofNullable(search), Optional.ofNullable(role), new PageRequest(page, 20));
  }

  private static void time(UserRepository users, String label, UserQuery query) {
    long total = 0;
    for (int i = 0; i < WARMUP; i++) {
      total = users.list(query).total();
    }
    long[] nanos = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      users.list(query);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    System.out.printf(
        "%-44s %10.2f %10.2f %,10d%n", label, nanos[RUNS / 2] / 1e6, nanos[RUNS - 1] / 1e6, total);
  }

  /** Inserts the missing users in one transaction, as fast as SQLite takes them. */
  private static void seed(Path file, long present) throws Exception {
    long start = System.nanoTime();
    Random random = new Random(42);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement pragmas = c.createStatement();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO users (id, username, password_hash, role, owner, created_at)"
                    + " VALUES (?, ?, ?, ?, 0, ?)")) {
      pragmas.execute("PRAGMA synchronous = OFF");
      c.setAutoCommit(false);
      for (long i = present; i < USERS; i++) {
        StringBuilder name = new StringBuilder();
        for (int k = 2 + random.nextInt(3); k > 0; k--) {
          name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        name.append('.').append(Long.toString(i, 36));
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, name.toString());
        insert.setString(3, HASH);
        insert.setString(4, random.nextInt(100) == 0 ? "ADMIN" : "USER");
        insert.setLong(5, 1_767_225_600_000_000L + i);
        insert.addBatch();
        if (i % 10_000 == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
      c.commit();
      try (ResultSet check = pragmas.executeQuery("PRAGMA quick_check")) {
        check.next();
        System.out.printf(
            "seeded %,d users in %.1f s (quick_check: %s)%n",
            USERS - present, (System.nanoTime() - start) / 1e9, check.getString(1));
      }
    }
  }
}
