package dev.authdash.persistence.postgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;

/**
 * Copies the users (with their password hashes), the audit events and the live reset links of the
 * dashboard's SQLite file into a PostgreSQL database: {@code authdash db copy}.
 *
 * <p>The source is read through plain JDBC as data (its tables are the SQLite adapter's schema, V4
 * or later; addresses from V9), never through that adapter's classes, and only read. Users go in
 * username order and events in id order, in batches; each batch is one transaction in the target
 * together with the position it reached (table {@code copy_progress}, keyed by the source file), so
 * an interrupted copy resumes after its last committed batch and never copies an event twice. Users
 * already in the target are left as they are ({@code ON CONFLICT DO NOTHING}): the same id (copied
 * before) or, when merging, a username that another user of the target holds (counted as skipped).
 * At the end every source user is looked up by id in the target, and the events copied from this
 * source are counted against the source's.
 */
public final class SqliteCopy {
  /** How many rows go in one batch (one transaction in the target). */
  public static final int BATCH = 5_000;

  private static final String USERS =
      "SELECT id, username, password_hash, role, owner, created_at, last_login_at,"
          + " last_login_address, previous_login_at, previous_login_address, %s, %s"
          + " FROM users WHERE username > ? ORDER BY username LIMIT ?";
  private static final String EMAIL_COLUMNS =
      "email, email_verified_at, pending_email, pending_email_digest, pending_email_expires_at";

  /** A source file from before V9 has no addresses. */
  private static final String NO_EMAIL_COLUMNS = "NULL, NULL, NULL, NULL, NULL";

  /**
   * A source file from before V12 has no device epochs (and no device cookie was ever issued on it:
   * 0). From V12 on the epoch travels with its user, so a revoked device cookie stays revoked.
   */
  private static final String NO_DEVICE_EPOCH = "0";

  /**
   * A batch of users in one statement, one array per column (see {@link ColumnBatch}); instants
   * travel as microseconds since the epoch, as the source stores them.
   */
  private static final String INSERT_USERS =
      "INSERT INTO users (id, username, password_hash, role, owner, created_at, last_login_at,"
          + " last_login_address, previous_login_at, previous_login_address, email,"
          + " email_verified_at, pending_email, pending_email_digest, pending_email_expires_at,"
          + " device_epoch)"
          + " SELECT id, username, password_hash, role, owner, "
          + instant("created_at")
          + ", "
          + instant("last_login_at")
          + ", last_login_address, "
          + instant("previous_login_at")
          + ", previous_login_address, email, "
          + instant("email_verified_at")
          + ", pending_email, pending_email_digest, "
          + instant("pending_email_expires_at")
          + ", device_epoch FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::bool[],"
          + " ?::int8[], ?::int8[], ?::text[], ?::int8[], ?::text[], ?::text[], ?::int8[],"
          + " ?::text[], ?::text[], ?::int8[], ?::int8[])"
          + " AS u (id, username, password_hash, role, owner, created_at, last_login_at,"
          + " last_login_address, previous_login_at, previous_login_address, email,"
          + " email_verified_at, pending_email, pending_email_digest, pending_email_expires_at,"
          + " device_epoch)"
          + " ON CONFLICT DO NOTHING";

  private static final String EVENTS =
      "SELECT id, at, type, actor, target, address, detail FROM audit_events"
          + " WHERE id > ? ORDER BY id LIMIT ?";
  private static final String INSERT_EVENTS =
      "INSERT INTO audit_events (at, type, actor, target, address, detail) SELECT "
          + instant("at")
          + ", type, actor, target, address, detail"
          + " FROM unnest(?::int8[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])"
          + " WITH ORDINALITY AS e (at, type, actor, target, address, detail, n) ORDER BY n";

  private static final String RESETS =
      "SELECT token_digest, user_id, issued_by, created_at, expires_at FROM password_resets"
          + " WHERE expires_at > ?";
  private static final String INSERT_RESET =
      "INSERT INTO password_resets (token_digest, user_id, issued_by, created_at, expires_at)"
          + " SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM users WHERE id = ?)"
          + " ON CONFLICT DO NOTHING";

  private static final String SECOND_FACTORS =
      "SELECT user_id, encrypted_secret, enabled, created_at, last_used_step FROM second_factors";
  private static final String INSERT_SECOND_FACTOR =
      "INSERT INTO second_factors (user_id, encrypted_secret, enabled, created_at, last_used_step)"
          + " SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM users WHERE id = ?)"
          + " ON CONFLICT DO NOTHING";
  private static final String RECOVERY_CODES = "SELECT user_id, digest FROM recovery_codes";
  private static final String INSERT_RECOVERY_CODE =
      "INSERT INTO recovery_codes (user_id, digest)"
          + " SELECT ?, ? WHERE EXISTS (SELECT 1 FROM second_factors WHERE user_id = ?)"
          + " ON CONFLICT DO NOTHING";

  private static final String PASSKEYS =
      "SELECT credential_id, user_id, public_key_cose, signature_count, user_handle, label,"
          + " created_at, last_used_at, transports FROM passkeys";
  private static final String INSERT_PASSKEY =
      "INSERT INTO passkeys (credential_id, user_id, public_key_cose, signature_count,"
          + " user_handle, label, created_at, last_used_at, transports)"
          + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM users WHERE id = ?)"
          + " ON CONFLICT DO NOTHING";

  /** What the copy reports as it goes: a stage, how far it is, out of how many. */
  @FunctionalInterface
  public interface Progress {
    void reached(String stage, long done, long total);
  }

  /** The outcome, with the counts checked at the end. */
  public record Report(
      long sourceUsers,
      long usersCopied,
      long usersSkipped,
      long sourceUsersInTarget,
      long sourceEvents,
      long eventsCopied,
      long eventsCopiedInAll,
      long liveResets,
      long resetsCopied,
      long secondFactorsCopied,
      long passkeysCopied,
      long targetUsers,
      boolean resumed,
      boolean merged) {
    /**
     * True when every source event was copied exactly once over all runs and every source user is
     * in the target, found by id; when merging, a source user whose name another user of the target
     * holds stays out ({@link #sourceUsersMissing()}).
     */
    public boolean countsMatch() {
      return eventsCopiedInAll == sourceEvents && (merged || sourceUsersMissing() == 0);
    }

    /** Source users not in the target: with a merge, those whose name was already taken there. */
    public long sourceUsersMissing() {
      return sourceUsers - sourceUsersInTarget;
    }
  }

  /** The copy was refused before anything was written. */
  public static final class RefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RefusedException(String message) {
      super(message);
    }
  }

  /** A database failed during the copy; running it again resumes after the last batch. */
  public static final class FailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FailedException(Exception cause) {
      super(cause.getMessage(), cause);
    }
  }

  /** How far the copy of this source got (one row of {@code copy_progress}). */
  private static final class Position {
    boolean exists;
    boolean finished;
    String lastUsername = "";
    long lastEventId;
    long eventsCopied;
    boolean searchRowsDeferred;
  }

  private final Path source;
  private final PostgresSettings target;
  private final int batch;

  public SqliteCopy(Path source, PostgresSettings target) {
    this(source, target, BATCH);
  }

  SqliteCopy(Path source, PostgresSettings target, int batch) {
    this.source = Objects.requireNonNull(source, "source").toAbsolutePath();
    this.target = Objects.requireNonNull(target, "target");
    this.batch = batch;
  }

  /**
   * Runs the copy.
   *
   * @param merge copy into a target that already has users (see the class comment)
   * @throws RefusedException when the source is missing, or the target has users, no unfinished
   *     copy of this source, and {@code merge} is false
   * @throws FailedException when either database fails (the copy can then be run again)
   */
  public Report run(boolean merge, Progress progress) {
    if (!Files.isRegularFile(source)) {
      throw new RefusedException("No SQLite database at " + source + ".");
    }
    try {
      return copy(merge, progress);
    } catch (SQLException e) {
      throw new FailedException(e);
    }
  }

  private Report copy(boolean merge, Progress progress) throws SQLException {
    DataSource targetDb = PostgresConnections.driver(target, false);
    try {
      PostgresMigrations.migrate(targetDb);
    } catch (FlywayException unreachableOrBroken) {
      throw new FailedException(unreachableOrBroken);
    }
    try (Connection from = DriverManager.getConnection("jdbc:sqlite:" + source);
        Connection to = targetDb.getConnection()) {
      try (Statement readOnly = from.createStatement()) {
        readOnly.execute("PRAGMA query_only = 1");
      }
      long sourceUsers = count(from, "SELECT count(*) FROM users");
      long sourceEvents = count(from, "SELECT count(*) FROM audit_events");
      Position at = position(to);
      boolean resumed = at.exists && !at.finished;
      long targetUsersBefore = count(to, "SELECT count(*) FROM users");
      if (targetUsersBefore > 0 && !merge && !resumed) {
        throw new RefusedException(
            "The target already has "
                + targetUsersBefore
                + " users. Copy into an empty database, or pass --merge to add the users it"
                + " lacks (users whose name it already has are skipped and reported).");
      }
      if (at.finished) {
        // Run again (merging): go over the users once more; events are never copied twice.
        at.lastUsername = "";
      }
      if (!resumed) {
        // A resumed copy keeps its first run's choice: its users so far may lack search rows.
        at.searchRowsDeferred = targetUsersBefore == 0;
      }
      to.setAutoCommit(false);
      save(to, at, false);
      to.commit();
      long[] users = copyUsersWithSearchRows(from, to, at, sourceUsers, progress);
      long eventsBefore = at.eventsCopied;
      copyEvents(from, to, at, sourceEvents, progress);
      long[] resets = copyResets(from, to, progress);
      long secondFactors = copySecondFactors(from, to, progress);
      long passkeys = copyPasskeys(from, to, progress);
      save(to, at, true);
      to.commit();
      return new Report(
          sourceUsers,
          users[0],
          users[1],
          sourceUsersInTarget(from, to),
          sourceEvents,
          at.eventsCopied - eventsBefore,
          at.eventsCopied,
          resets[0],
          resets[1],
          secondFactors,
          passkeys,
          count(to, "SELECT count(*) FROM users"),
          resumed,
          merge);
    }
  }

  private Position position(Connection to) throws SQLException {
    Position at = new Position();
    try (PreparedStatement read =
        to.prepareStatement(
            "SELECT finished, last_username, last_event_id, events_copied,"
                + " search_rows_deferred FROM copy_progress WHERE source = ?")) {
      read.setString(1, source.toString());
      try (ResultSet row = read.executeQuery()) {
        if (row.next()) {
          at.exists = true;
          at.finished = row.getBoolean(1);
          at.lastUsername = row.getString(2);
          at.lastEventId = row.getLong(3);
          at.eventsCopied = row.getLong(4);
          at.searchRowsDeferred = row.getBoolean(5);
        }
      }
    }
    return at;
  }

  private void save(Connection to, Position at, boolean finished) throws SQLException {
    try (PreparedStatement save =
        to.prepareStatement(
            "INSERT INTO copy_progress"
                + " (source, last_username, last_event_id, events_copied, finished,"
                + " search_rows_deferred) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source) DO UPDATE"
                + " SET last_username = excluded.last_username,"
                + " last_event_id = excluded.last_event_id,"
                + " events_copied = excluded.events_copied, finished = excluded.finished,"
                + " search_rows_deferred = excluded.search_rows_deferred")) {
      save.setString(1, source.toString());
      save.setString(2, at.lastUsername);
      save.setLong(3, at.lastEventId);
      save.setLong(4, at.eventsCopied);
      save.setBoolean(5, finished);
      save.setBoolean(6, at.searchRowsDeferred);
      save.executeUpdate();
    }
  }

  /** Whether the source file's users table has the column (older files lack later ones). */
  private static boolean hasColumn(Connection from, String column) throws SQLException {
    try (PreparedStatement statement =
        from.prepareStatement("SELECT count(*) FROM pragma_table_info('users') WHERE name = ?")) {
      statement.setString(1, column);
      try (ResultSet columns = statement.executeQuery()) {
        return columns.next() && columns.getInt(1) > 0;
      }
    }
  }

  /**
   * Copies the users; into a database that had none, without their search rows (user counts,
   * username grams and their counts), which are then built once for all users (migration V16).
   * Returns {copied, skipped}.
   */
  private long[] copyUsersWithSearchRows(
      Connection from, Connection to, Position at, long total, Progress progress)
      throws SQLException {
    if (!at.searchRowsDeferred) {
      return copyUsers(from, to, at, total, progress);
    }
    try (Statement session = to.createStatement()) {
      session.execute("SET authdash.defer_search_rows = on");
      long[] users = copyUsers(from, to, at, total, progress);
      session.execute("RESET authdash.defer_search_rows");
      progress.reached("search index", 0, 1);
      session.execute("SELECT users_rebuild_search_rows()");
      to.commit();
      progress.reached("search index", 1, 1);
      return users;
    }
  }

  /** Returns {copied, skipped}. */
  private long[] copyUsers(
      Connection from, Connection to, Position at, long total, Progress progress)
      throws SQLException {
    long copied = 0;
    long skipped = 0;
    long done = count(from, "SELECT count(*) FROM users WHERE username <= ?", at.lastUsername);
    progress.reached("users", done, total);
    String users =
        String.format(
            USERS,
            hasColumn(from, "email") ? EMAIL_COLUMNS : NO_EMAIL_COLUMNS,
            hasColumn(from, "device_epoch") ? "device_epoch" : NO_DEVICE_EPOCH);
    ColumnBatch rows =
        new ColumnBatch(
            "uuid", "text", "text", "text", "bool", "int8", "int8", "text", "int8", "text", "text",
            "int8", "text", "text", "int8", "int8");
    try (PreparedStatement read = from.prepareStatement(users);
        PreparedStatement insert = to.prepareStatement(INSERT_USERS)) {
      while (true) {
        read.setString(1, at.lastUsername);
        read.setInt(2, batch);
        String last = at.lastUsername;
        try (ResultSet r = read.executeQuery()) {
          while (r.next()) {
            rows.add(
                UUID.fromString(r.getString(1)),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                r.getInt(5) != 0,
                micros(r, 6),
                micros(r, 7),
                r.getString(8),
                micros(r, 9),
                r.getString(10),
                r.getString(11),
                micros(r, 12),
                r.getString(13),
                r.getString(14),
                micros(r, 15),
                r.getLong(16));
            last = r.getString(2);
          }
        }
        int gathered = rows.size();
        if (gathered == 0) {
          return new long[] {copied, skipped};
        }
        rows.bindTo(insert);
        int inserted = insert.executeUpdate();
        copied += inserted;
        skipped += gathered - inserted;
        at.lastUsername = last;
        save(to, at, false);
        to.commit();
        done += gathered;
        progress.reached("users", done, total);
      }
    }
  }

  private void copyEvents(
      Connection from, Connection to, Position at, long total, Progress progress)
      throws SQLException {
    long done = count(from, "SELECT count(*) FROM audit_events WHERE id <= ?", at.lastEventId);
    progress.reached("audit events", done, total);
    ColumnBatch rows = new ColumnBatch("int8", "text", "text", "text", "text", "text");
    try (PreparedStatement read = from.prepareStatement(EVENTS);
        PreparedStatement insert = to.prepareStatement(INSERT_EVENTS)) {
      while (true) {
        read.setLong(1, at.lastEventId);
        read.setInt(2, batch);
        long last = at.lastEventId;
        try (ResultSet r = read.executeQuery()) {
          while (r.next()) {
            last = r.getLong(1);
            rows.add(
                micros(r, 2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                r.getString(6),
                r.getString(7));
          }
        }
        int gathered = rows.size();
        if (gathered == 0) {
          return;
        }
        rows.bindTo(insert);
        insert.executeUpdate();
        at.lastEventId = last;
        at.eventsCopied += gathered;
        save(to, at, false);
        to.commit();
        done += gathered;
        progress.reached("audit events", done, total);
      }
    }
  }

  /** Live reset links of users that are in the target; returns {live, copied}. */
  private long[] copyResets(Connection from, Connection to, Progress progress) throws SQLException {
    long live = 0;
    long copied = 0;
    try (PreparedStatement read = from.prepareStatement(RESETS);
        PreparedStatement insert = to.prepareStatement(INSERT_RESET)) {
      read.setLong(1, ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()));
      try (ResultSet r = read.executeQuery()) {
        while (r.next()) {
          UUID user = UUID.fromString(r.getString(2));
          insert.setString(1, r.getString(1));
          insert.setObject(2, user);
          insert.setString(3, r.getString(3));
          insert.setObject(4, timestamp(r.getLong(4)));
          insert.setObject(5, timestamp(r.getLong(5)));
          insert.setObject(6, user);
          copied += insert.executeUpdate();
          live++;
        }
      }
    }
    to.commit();
    progress.reached("reset links", live, live);
    return new long[] {live, copied};
  }

  /**
   * Two-factor keys (still encrypted under the source's secret key, which the target's instances
   * must then be given as AUTH_SECRET_KEY) and unused recovery-code digests of users in the target;
   * a source from before V8 has none. Returns how many factors were copied now.
   */
  private long copySecondFactors(Connection from, Connection to, Progress progress)
      throws SQLException {
    if (!hasTable(from, "second_factors")) {
      return 0;
    }
    long total = count(from, "SELECT count(*) FROM second_factors");
    long copied = 0;
    try (PreparedStatement read = from.prepareStatement(SECOND_FACTORS);
        PreparedStatement insert = to.prepareStatement(INSERT_SECOND_FACTOR);
        ResultSet r = read.executeQuery()) {
      while (r.next()) {
        UUID user = UUID.fromString(r.getString(1));
        insert.setObject(1, user);
        insert.setString(2, r.getString(2));
        insert.setBoolean(3, r.getInt(3) != 0);
        insert.setObject(4, timestamp(r.getLong(4)));
        insert.setLong(5, r.getLong(5));
        insert.setObject(6, user);
        copied += insert.executeUpdate();
      }
    }
    try (PreparedStatement read = from.prepareStatement(RECOVERY_CODES);
        PreparedStatement insert = to.prepareStatement(INSERT_RECOVERY_CODE);
        ResultSet r = read.executeQuery()) {
      while (r.next()) {
        UUID user = UUID.fromString(r.getString(1));
        insert.setObject(1, user);
        insert.setString(2, r.getString(2));
        insert.setObject(3, user);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    to.commit();
    progress.reached("two-factor keys", total, total);
    return copied;
  }

  /**
   * Passkeys (public keys and counters: nothing secret) of users in the target; a source from
   * before V11 has none. Returns how many were copied now.
   */
  private long copyPasskeys(Connection from, Connection to, Progress progress) throws SQLException {
    if (!hasTable(from, "passkeys")) {
      return 0;
    }
    long total = count(from, "SELECT count(*) FROM passkeys");
    long copied = 0;
    try (PreparedStatement read = from.prepareStatement(PASSKEYS);
        PreparedStatement insert = to.prepareStatement(INSERT_PASSKEY);
        ResultSet r = read.executeQuery()) {
      while (r.next()) {
        UUID user = UUID.fromString(r.getString(2));
        insert.setString(1, r.getString(1));
        insert.setObject(2, user);
        insert.setBytes(3, r.getBytes(3));
        insert.setLong(4, r.getLong(4));
        insert.setBytes(5, r.getBytes(5));
        insert.setString(6, r.getString(6));
        insert.setObject(7, timestamp(r.getLong(7)));
        insert.setObject(8, timestampOrNull(r, 8));
        insert.setString(9, r.getString(9));
        insert.setObject(10, user);
        copied += insert.executeUpdate();
      }
    }
    to.commit();
    progress.reached("passkeys", total, total);
    return copied;
  }

  private static boolean hasTable(Connection from, String table) throws SQLException {
    return count(
            from, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", table)
        > 0;
  }

  /** How many of the source's user ids the target holds, looked up a batch at a time. */
  private long sourceUsersInTarget(Connection from, Connection to) throws SQLException {
    long found = 0;
    try (Statement read = from.createStatement();
        ResultSet ids = read.executeQuery("SELECT id FROM users");
        PreparedStatement lookup =
            to.prepareStatement("SELECT count(*) FROM users WHERE id = ANY (?)")) {
      List<UUID> chunk = new ArrayList<>();
      boolean more = ids.next();
      while (more) {
        chunk.add(UUID.fromString(ids.getString(1)));
        more = ids.next();
        if (chunk.size() == batch || !more) {
          Array array = to.createArrayOf("uuid", chunk.toArray());
          lookup.setArray(1, array);
          try (ResultSet r = lookup.executeQuery()) {
            found += r.next() ? r.getLong(1) : 0;
          }
          chunk.clear();
        }
      }
    }
    to.commit();
    return found;
  }

  private static long count(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet r = statement.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }

  private static OffsetDateTime timestamp(long micros) {
    return Timestamps.parameter(Instant.EPOCH.plus(micros, ChronoUnit.MICROS));
  }

  /**
   * An instant column of the source (microseconds since the epoch) as the target stores it: clamped
   * to what {@code timestamptz} holds, as every other write of this adapter; null stays null.
   */
  private static Long micros(ResultSet r, int column) throws SQLException {
    long value = r.getLong(column);
    if (r.wasNull()) {
      return null;
    }
    return ChronoUnit.MICROS.between(
        Instant.EPOCH, Timestamps.of(Instant.EPOCH.plus(value, ChronoUnit.MICROS)));
  }

  /** SQL for a column of microseconds since the epoch as {@code timestamptz} (null stays null). */
  private static String instant(String micros) {
    return "timestamptz 'epoch' + " + micros + " * interval '1 microsecond'";
  }

  private static OffsetDateTime timestampOrNull(ResultSet r, int column) throws SQLException {
    long value = r.getLong(column);
    return r.wasNull() ? null : timestamp(value);
  }
}
