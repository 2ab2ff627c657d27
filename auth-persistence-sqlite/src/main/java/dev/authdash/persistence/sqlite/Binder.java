package dev.authdash.persistence.sqlite;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Sets a statement's parameters. */
@FunctionalInterface
interface Binder {
  void bind(PreparedStatement statement) throws SQLException;
}
