package dev.authdash.persistence.postgres;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows gathered column by column and bound as one array per column, for a statement that reads them
 * with {@code unnest(?::type[], ...)}: a batch of thousands of rows is one statement, so the server
 * plans it once and each statement-level trigger fires once, where a JDBC batch sends a statement
 * per row.
 */
final class ColumnBatch {
  private final String[] elementTypes;
  private final List<List<Object>> columns = new ArrayList<>();

  /** One array element type ({@code uuid}, {@code text}, {@code int8}, {@code bool}) per column. */
  ColumnBatch(String... elementTypes) {
    this.elementTypes = elementTypes.clone();
    for (int i = 0; i < elementTypes.length; i++) {
      columns.add(new ArrayList<>());
    }
  }

  /** Adds a row: one value per column, in the constructor's order; null is SQL NULL. */
  void add(Object... row) {
    if (row.length != elementTypes.length) {
      throw new IllegalArgumentException(
          "a row of " + row.length + " values for " + elementTypes.length + " columns");
    }
    for (int i = 0; i < row.length; i++) {
      columns.get(i).add(row[i]);
    }
  }

  int size() {
    return columns.get(0).size();
  }

  /** Binds the columns to parameters 1..n of the statement and empties the batch. */
  void bindTo(PreparedStatement statement) throws SQLException {
    for (int i = 0; i < elementTypes.length; i++) {
      List<Object> column = columns.get(i);
      statement.setArray(
          i + 1, statement.getConnection().createArrayOf(elementTypes[i], column.toArray()));
      column.clear();
    }
  }
}
