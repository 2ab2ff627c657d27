package dev.authdash.web.archfixture;

import java.sql.Connection;

/**
 * Deliberate violation (test fixture): the dashboard talking SQL (through either driver) and the
 * CLI's parser.
 */
public final class ControllerThatRunsSql {
  public Connection connection;
  public picocli.CommandLine commandLine;
  public io.lettuce.core.RedisClient redis;
  public org.postgresql.PGConnection postgres;
  public org.sqlite.SQLiteConnection sqlite;
}
