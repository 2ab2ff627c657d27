package dev.authdash.bench.overview;

import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.HourlyCount;
import dev.authdash.core.port.out.AuditStatistics;
import dev.authdash.core.service.AdminOverviewService;
import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Seeds {@link #EVENTS} audit events (10,000,000 unless {@code BENCH_EVENTS} says otherwise) evenly
 * over the 30 days before {@link #END} (at 10,000,000 one every 259.2 ms), kinds in turn: succeeded, failed, locked, registered, created, logged out) through plain SQL, so
 * the tables and their triggers do what an append does, then times the overview's two chart
 * queries through the real adapters. Each case is warmed up, then timed {@value #RUNS} times; the
 * median and the slowest are printed.
 */
public final class OverviewBenchmark {
  static final long EVENTS = Long.parseLong(System.getenv().getOrDefault("BENCH_EVENTS", "10000000"));
  static final long SPACING_MICROS = Duration.ofDays(30).toNanos() / 1000 / EVENTS;
  static final int WARMUP = 20;
  static final int RUNS = 50;
  static final Instant END = Instant.parse("2026-11-01T00:00:00Z");
  static final Instant START = END.minus(Duration.ofDays(30));
  static final Set<AuditEventType> CHARTED = AdminOverviewService.CHARTED;
  private static final String KINDS =
      "'LOGIN_SUCCEEDED','LOGIN_FAILED','LOCKED','REGISTERED','USER_CREATED','LOGGED_OUT'";

  private OverviewBenchmark() {}

  public static void main(String[] args) throws Exception {
    String file = args[0];
    String url = args[1];
    String user = args[2];
    try (ApplicationContext sqlite = ApplicationContext.run(Map.of("auth.db.path", file))) {
      AuditStatistics statistics = sqlite.getBean(AuditStatistics.class);
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
        if (count(c) < EVENTS) {
          seed(
              c,
              "SQLite",
              "PRAGMA synchronous = OFF",
              "WITH RECURSIVE c(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM c WHERE i < "
                  + (EVENTS - 1)
                  + ") INSERT INTO audit_events (at, type, actor, target, address, detail)"
                  + " SELECT "
                  + micros(START)
                  + " + i * "
                  + SPACING_MICROS
                  + ", json_extract('["
                  + KINDS.replace('\'', '"')
                  + "]', '$[' || (i % 6) || ']'), 'user' || (i % 100000), '',"
                  + " '192.0.2.' || (i % 250), '' FROM c");
        }
        System.out.printf("SQLite %s: %,d audit events%n", file, count(c));
      }
      time(statistics);
    }
    try (ApplicationContext postgres =
        ApplicationContext.run(
            Map.of(
                "auth.db.url", url,
                "auth.db.username", user,
                "auth.db.connect-timeout", "10s",
                "auth.db.socket-timeout", "60s"))) {
      AuditStatistics statistics = postgres.getBean(AuditStatistics.class);
      statistics.countsPerHour(START, START, CHARTED); // beans are lazy: this migrates the schema
      try (Connection c = DriverManager.getConnection(url, user, "")) {
        if (count(c) < EVENTS) {
          seed(
              c,
              "PostgreSQL",
              "SET synchronous_commit = off",
              "INSERT INTO audit_events (at, type, actor, target, address, detail)"
                  + " SELECT timestamptz '"
                  + START
                  + "' + i * interval '"
                  + SPACING_MICROS
                  + " microseconds', (ARRAY["
                  + KINDS
                  + "])[1 + i % 6], 'user' || (i % 100000), '', '192.0.2.' || (i % 250), ''"
                  + " FROM generate_series(0, "
                  + (EVENTS - 1)
                  + ") AS i");
          try (Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE audit_events");
            s.execute("VACUUM ANALYZE audit_hourly_counts");
          }
        }
        System.out.printf("PostgreSQL %s: %,d audit events%n", url, count(c));
      }
      time(statistics);
    }
  }

  private static long micros(Instant instant) {
    return instant.getEpochSecond() * 1_000_000L;
  }

  private static long count(Connection c) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM audit_events")) {
      r.next();
      return r.getLong(1);
    }
  }

  private static void seed(Connection c, String name, String pragma, String insert)
      throws Exception {
    long start = System.nanoTime();
    try (Statement s = c.createStatement()) {
      s.execute(pragma);
      s.execute("DELETE FROM audit_events");
      s.execute("DELETE FROM audit_hourly_counts");
      s.executeUpdate(insert);
    }
    System.out.printf(
        "%s: seeded %,d events in %.1f s%n", name, EVENTS, (System.nanoTime() - start) / 1e9);
  }

  private static void time(AuditStatistics statistics) {
    Instant lastHour = END.minus(Duration.ofHours(1));
    Instant today = END.minus(Duration.ofDays(1));
    System.out.printf("%-40s %10s %10s %8s %12s%n", "chart", "median ms", "max ms", "rows", "events");
    time(statistics, "per hour, last 24 h", lastHour.minus(Duration.ofHours(23)), END);
    time(statistics, "per day, last 30 days", today.minus(Duration.ofDays(29)), END);
  }

  private static void time(AuditStatistics statistics, String label, Instant from, Instant to) {
    List<HourlyCount> counts = List.of();
    for (int i = 0; i < WARMUP; i++) {
      counts = statistics.countsPerHour(from, to, CHARTED);
    }
    long[] nanos = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      statistics.countsPerHour(from, to, CHARTED);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    System.out.printf(
        "%-40s %10.2f %10.2f %8d %,12d%n",
        label,
        nanos[RUNS / 2] / 1e6,
        nanos[RUNS - 1] / 1e6,
        counts.size(),
        counts.stream().mapToLong(HourlyCount::count).sum());
  }
}
