package dev.authdash.persistence.sqlite;

import dev.authdash.core.model.EmailAddress;
import dev.authdash.core.model.MailId;
import dev.authdash.core.model.OutboxMail;
import dev.authdash.core.port.out.MailOutbox;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * SQLite adapter of {@link MailOutbox}: the {@code mail_outbox} table, in the users' file, so a
 * mail is written in the transaction of the token it carries.
 *
 * <p>A claim is one {@code UPDATE … WHERE id IN (SELECT … LIMIT ?) RETURNING}: SQLite runs one
 * writer at a time, so of two senders claiming at once (threads or processes on the file) each row
 * goes to exactly one.
 */
@Singleton
public final class SqliteMailOutbox implements MailOutbox {
  private static final String COLUMNS =
      "id, recipient, kind, subject, sealed_body, created_at, next_attempt_at, attempts,"
          + " last_error, state";
  private static final String CLAIM =
      "UPDATE mail_outbox SET next_attempt_at = ?, attempts = attempts + 1 WHERE id IN"
          + " (SELECT id FROM mail_outbox WHERE state = 'PENDING' AND next_attempt_at <= ?"
          + " ORDER BY next_attempt_at, created_at LIMIT ?) RETURNING "
          + COLUMNS;

  private final SqliteStore store;
  private final JdbcOperations jdbc;

  SqliteMailOutbox(SqliteStore store, @Named(SqliteDatabaseFactory.NAME) JdbcOperations jdbc) {
    this.store = store;
    this.jdbc = jdbc;
  }

  @Override
  public void enqueue(OutboxMail mail) {
    store.update(
        jdbc,
        "enqueue mail",
        "INSERT INTO mail_outbox (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        statement -> {
          statement.setString(1, mail.id().toString());
          statement.setString(2, mail.to().value());
          statement.setString(3, mail.kind());
          statement.setString(4, mail.subject());
          statement.setString(5, mail.sealedBody());
          statement.setLong(6, Micros.of(mail.createdAt()));
          statement.setLong(7, Micros.of(mail.nextAttemptAt()));
          statement.setInt(8, mail.attempts());
          statement.setString(9, mail.lastError());
          statement.setString(10, mail.state().name());
        });
  }

  @Override
  public List<OutboxMail> claimDue(Instant now, Duration lease, int max) {
    List<OutboxMail> claimed =
        query(
            "claim due mail",
            CLAIM,
            statement -> {
              statement.setLong(1, Micros.of(now.plus(lease)));
              statement.setLong(2, Micros.of(now));
              statement.setInt(3, max);
            });
    return claimed.stream().sorted(Comparator.comparing(OutboxMail::createdAt)).toList();
  }

  @Override
  public void delivered(MailId id) {
    store.update(
        jdbc,
        "remove delivered mail",
        "DELETE FROM mail_outbox WHERE id = ?",
        statement -> statement.setString(1, id.toString()));
  }

  @Override
  public void retryLater(MailId id, Instant nextAttemptAt, String error) {
    store.update(
        jdbc,
        "reschedule mail",
        "UPDATE mail_outbox SET next_attempt_at = ?, last_error = ?, state = 'PENDING'"
            + " WHERE id = ?",
        statement -> {
          statement.setLong(1, Micros.of(nextAttemptAt));
          statement.setString(2, error);
          statement.setString(3, id.toString());
        });
  }

  @Override
  public void giveUp(MailId id, String error) {
    store.update(
        jdbc,
        "give up mail",
        "UPDATE mail_outbox SET last_error = ?, state = 'FAILED' WHERE id = ?",
        statement -> {
          statement.setString(1, error);
          statement.setString(2, id.toString());
        });
  }

  @Override
  public List<OutboxMail> list(int max) {
    return query(
        "list mail outbox",
        "SELECT " + COLUMNS + " FROM mail_outbox ORDER BY created_at, id LIMIT ?",
        statement -> statement.setInt(1, max));
  }

  private List<OutboxMail> query(String what, String sql, Binder binder) {
    return store.query(jdbc, what, sql, binder, SqliteMailOutbox::read);
  }

  private static OutboxMail read(ResultSet row) throws SQLException {
    return new OutboxMail(
        MailId.of(row.getString(1)),
        new EmailAddress(row.getString(2)),
        row.getString(3),
        row.getString(4),
        row.getString(5),
        Micros.toInstant(row.getLong(6)),
        Micros.toInstant(row.getLong(7)),
        row.getInt(8),
        row.getString(9),
        OutboxMail.State.valueOf(row.getString(10)));
  }
}
