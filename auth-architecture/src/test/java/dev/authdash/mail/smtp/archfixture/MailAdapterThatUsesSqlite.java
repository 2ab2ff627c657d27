package dev.authdash.mail.smtp.archfixture;

/** Deliberate violation (test fixture): the mail adapter reaching into the SQLite one. */
public final class MailAdapterThatUsesSqlite {
  public dev.authdash.persistence.sqlite.SqliteMailOutbox outbox;
}
