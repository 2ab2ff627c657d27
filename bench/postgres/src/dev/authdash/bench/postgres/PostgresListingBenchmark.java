package dev.authdash.bench.postgres;

import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.UserQuery;
import dev.authdash.core.port.out.AuditLog;
import dev.authdash.core.port.out.UserRepository;
import io.micronaut.context.ApplicationContext;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Times pages of 20 through the real PostgreSQL adapters on the seeded database: each case is
 * warmed up, then timed {@value #RUNS} times; the median and the slowest are printed. With {@code
 * --migrate-only} it only creates the schema (the run script then seeds with SQL).
 */
public final class PostgresListingBenchmark {
  static final int WARMUP = 10;
  static final int RUNS = 30;

  private PostgresListingBenchmark() {}

  public static void main(String[] args) {
    try (ApplicationContext context =
        ApplicationContext.run(
            Map.of(
                "auth.db.url", args[0],
                "auth.db.username", args[1],
                "auth.db.connect-timeout", "10s",
                "auth.db.socket-timeout", "60s"))) {
      UserRepository users = context.getBean(UserRepository.class);
      AuditLog audit = context.getBean(AuditLog.class);
      long count = users.count();
      if (args.length > 2 && args[2].equals("--migrate-only")) {
        return;
      }
      System.out.printf(
          "%,d users, %,d admins, %,d audit events%n",
          count,
          users.countByRole(Role.ADMIN),
          audit.find(AuditQuery.all(PageRequest.first(1))).total());
      System.out.printf("%-44s %10s %10s %12s%n", "page of 20", "median ms", "max ms", "total");
      user(users, "search \"mar\", page 1", "mar", null, 1);
      user(users, "search \"mar\", page 2", "mar", null, 2);
      user(users, "search \"mar\", page 200", "mar", null, 200);
      user(users, "search \"kasu\", page 2", "kasu", null, 2);
      user(users, "search \"ne.1\", page 1", "ne.1", null, 1);
      user(users, "role ADMIN, page 2", null, Role.ADMIN, 2);
      user(users, "role USER, page 2", null, Role.USER, 2);
      user(users, "role USER, page 5000", null, Role.USER, 5000);
      user(users, "search \"mar\" + role ADMIN, page 1", "mar", Role.ADMIN, 1);
      user(users, "no filter, page 2", null, null, 2);
      user(users, "search \"ma\" (2 chars), page 1", "ma", null, 1);
      user(users, "search \"ma\", page 200", "ma", null, 200);
      user(users, "search \"m\" (1 char), page 1", "m", null, 1);
      user(users, "search \"zz\" (sparse), page 1", "zz", null, 1);
      user(users, "search \"ma\" + role ADMIN, page 1", "ma", Role.ADMIN, 1);
      user(users, "search \"q\" + role USER, page 2", "q", Role.USER, 2);
      audit(audit, "audit, newest page 1", AuditQuery.all(PageRequest.first(20)));
      audit(audit, "audit, page 2", AuditQuery.all(new PageRequest(2, 20)));
      audit(audit, "audit, page 500", AuditQuery.all(new PageRequest(500, 20)));
      audit(
          audit,
          "audit, one user, page 1",
          new AuditQuery(
              Optional.of("user4242"), Optional.empty(), Optional.empty(), PageRequest.first(20)));
      audit(
          audit,
          "audit, type LOGIN_FAILED, page 1",
          new AuditQuery(
              Optional.empty(),
              Optional.of(AuditEventType.LOGIN_FAILED),
              Optional.empty(),
              PageRequest.first(20)));
    }
  }

  private static void user(UserRepository users, String label, String search, Role role, int page) {
    UserQuery query =
        new UserQuery(
            Optional.ofNullable(search), Optional.ofNullable(role), new PageRequest(page, 20));
    time(label, () -> users.list(query).total());
  }

  private static void audit(AuditLog audit, String label, AuditQuery query) {
    time(label, () -> audit.find(query).total());
  }

  private static void time(String label, LongSupplier call) {
    long total = 0;
    for (int i = 0; i < WARMUP; i++) {
      total = call.getAsLong();
    }
    long[] nanos = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      call.getAsLong();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    System.out.printf(
        "%-44s %10.2f %10.2f %,12d%n", label, nanos[RUNS / 2] / 1e6, nanos[RUNS - 1] / 1e6, total);
  }
}
