package dev.authdash.persistence.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL server the tests use: 127.0.0.1:5432 as {@code postgres} (trust), or the server
 * named by {@code -Dauthdash.test.postgres=host:port}. Each test class gets a fresh database {@code
 * authdash_test_<random>} and drops it afterwards. A missing server fails the test with a message
 * saying how to get one: these tests are never skipped.
 */
public final class PostgresServer {
  public static final String ADDRESS =
      System.getProperty("authdash.test.postgres", "127.0.0.1:5432");
  public static final String USER = System.getProperty("authdash.test.postgres.user", "postgres");

  private PostgresServer() {}

  /** A JDBC URL of a database on the test server. */
  public static String jdbcUrl(String database) {
    return jdbcUrl(ADDRESS, database);
  }

  /** A JDBC URL of a database on the server at the address (a proxy in front of it, say). */
  public static String jdbcUrl(String address, String database) {
    return "jdbc:postgresql://" + address + "/" + database;
  }

  /** Creates a new, empty database and returns its name. */
  public static String createDatabase() {
    String name = "authdash_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    admin("CREATE DATABASE " + name.toLowerCase(Locale.ROOT));
    return name;
  }

  /** Drops the database, closing any connection a test left open. */
  public static void dropDatabase(String name) {
    admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  /** A connection to a test database, as the superuser (for checks beside the adapter). */
  public static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(database), USER, "");
  }

  private static void admin(String sql) {
    try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
        Statement statement = c.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "These tests need PostgreSQL 15 on "
              + ADDRESS
              + " with trust authentication for '"
              + USER
              + "': run .ci/run (it starts or installs it), or"
              + " `sudo pg_ctlcluster 15 main start` (Debian: apt-get install postgresql),"
              + " or point -Dauthdash.test.postgres=host:port at another server. Cause: "
              + e.getMessage(),
          e);
    }
  }
}
