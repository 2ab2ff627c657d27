package dev.authdash.persistence.postgres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Binding the parameters of the hand-built listing SQL, and reading a count. */
final class Statements {
  private Statements() {}

  static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      Object value = parameters.get(i);
      statement.setObject(
          i + 1, value instanceof Instant instant ? Timestamps.parameter(instant) : value);
    }
  }

  static long count(JdbcOperations jdbc, String sql, List<Object> parameters) {
    return jdbc.prepareStatement(
        sql,
        statement -> {
          bind(statement, parameters);
          try (ResultSet result = statement.executeQuery()) {
            return result.next() ? result.getLong(1) : 0L;
          }
        });
  }
}
