package dev.authdash.bench.export;

import dev.authdash.core.AuthCore;
import dev.authdash.core.export.ExportColumns;
import dev.authdash.core.export.ExportFormat;
import dev.authdash.core.export.ExportStream;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.port.out.AuditLog;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Seeds {@link #EVENTS} audit events (10,000,000 unless {@code BENCH_EVENTS} says otherwise) into a
 * SQLite file (and a PostgreSQL database when given) through plain SQL, one every 259.2 ms over 30
 * days, every tenth with a detail that needs CSV quoting, then exports the whole log through the
 * real path: the core's export use case over the real adapter's keyset walk, encoded by
 * ExportStream and read to the end in 8 KiB reads, as the HTTP server reads a download. Run it with
 * a small heap: holding the rows would need gigabytes. Prints rows, bytes, time, and the peak heap
 * (the JVM's own accounting, after a GC before each export) and the process's peak RSS.
 */
public final class ExportBenchmark {
  static final long EVENTS = Long.parseLong(System.getenv().getOrDefault("BENCH_EVENTS", "10000000"));
  static final long SPACING_MICROS = Duration.ofDays(30).toNanos() / 1000 / EVENTS;
  static final Instant START = Instant.parse("2026-10-02T00:00:00Z");
  private static final String KINDS =
      "'LOGIN_SUCCEEDED','LOGIN_FAILED','LOCKED','REGISTERED','USER_CREATED','LOGGED_OUT'";
  private static final String DETAIL =
      "CASE WHEN i % 10 = 0 THEN 'USER → ADMIN, \"by request\"' ELSE '' END";

  private ExportBenchmark() {}

  public static void main(String[] args) throws Exception {
    String file = args[0];
    System.out.printf(
        "heap max %d MiB (-Xmx), %s%n",
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.vm.name") + " " + Runtime.version());
    if (file.isEmpty()) {
      System.out.println("SQLite skipped (BENCH_SQLITE=0)");
    } else {
      sqlite(file);
    }
    if (args.length > 2) {
      postgres(args[1], args[2]);
    }
    System.out.printf("process peak RSS (VmHWM): %s%n", peakRss());
  }

  private static void sqlite(String file) throws Exception {
    try (ApplicationContext sqlite = ApplicationContext.run(Map.of("auth.db.path", file))) {
      AuditLog log = sqlite.getBean(AuditLog.class);
      log.find(AuditQuery.all(PageRequest.first(1))); // beans are lazy: this migrates the schema
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
                  + START.getEpochSecond() * 1_000_000L
                  + " + i * "
                  + SPACING_MICROS
                  + ", json_extract('["
                  + KINDS.replace('\'', '"')
                  + "]', '$[' || (i % 6) || ']'), 'user' || (i % 100000), '',"
                  + " '192.0.2.' || (i % 250), "
                  + DETAIL
                  + " FROM c");
        }
        System.out.printf("SQLite %s (%,d MiB): %,d audit events%n", file,
            Files.size(Path.of(file)) >> 20, count(c));
      }
      export("SQLite", log);
    }
  }

  private static void postgres(String url, String user) throws Exception {
    try (ApplicationContext postgres =
        ApplicationContext.run(
            Map.of(
                "auth.db.url", url,
                "auth.db.username", user,
                "auth.db.connect-timeout", "10s",
                "auth.db.socket-timeout", "120s"))) {
      AuditLog log = postgres.getBean(AuditLog.class);
      log.find(AuditQuery.all(PageRequest.first(1)));
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
                  + "])[1 + i % 6], 'user' || (i % 100000), '', '192.0.2.' || (i % 250), "
                  + DETAIL
                  + " FROM generate_series(0, "
                  + (EVENTS - 1)
                  + ") AS i");
          try (Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE audit_events");
          }
        }
        System.out.printf("PostgreSQL %s: %,d audit events%n", url, count(c));
      }
      export("PostgreSQL", log);
    }
  }

  private static void export(String store, AuditLog log) throws IOException {
    AuthCore core = AuthCore.builder().auditLog(log).build();
    for (ExportFormat format : ExportFormat.values()) {
      System.gc();
      resetPeaks();
      long gcBefore = gcCount();
      long start = System.nanoTime();
      Stream<AuditEvent> events =
          core.exportAuditLog()
              .exportAuditLog(
                  Actor.operator("cli:bench"),
                  AuditQuery.all(PageRequest.first(1)),
                  format,
                  ClientInfo.of("127.0.0.1", "bench"));
      long bytes = 0;
      long rows;
      try (ExportStream<AuditEvent> export =
          ExportStream.of(format, ExportColumns.AUDIT_EVENTS, events)) {
        byte[] buffer = new byte[8192];
        for (int n = export.read(buffer); n >= 0; n = export.read(buffer)) {
          bytes += n;
        }
        rows = export.rows();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "%s %s: %,d rows, %,d MiB in %.1f s (%,.0f rows/s); peak heap used %d MiB; %d GCs%n",
          store,
          format,
          rows,
          bytes >> 20,
          seconds,
          rows / seconds,
          peakHeap() >> 20,
          gcCount() - gcBefore);
    }
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /** The sum of the heap pools' peaks since the reset: an upper bound of the heap in use. */
  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static long gcCount() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionCount)
        .sum();
  }

  private static String peakRss() throws IOException {
    try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
      return lines
          .filter(l -> l.startsWith("VmHWM:"))
          .map(l -> l.substring(6).strip())
          .findFirst()
          .orElse("?");
    }
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
      s.executeUpdate(insert);
    }
    System.out.printf(
        "%s: seeded %,d events in %.1f s%n", name, EVENTS, (System.nanoTime() - start) / 1e9);
  }
}
