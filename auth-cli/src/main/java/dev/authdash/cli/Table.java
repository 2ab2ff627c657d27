package dev.authdash.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The human form of a listing: columns padded to their widest cell, two spaces apart. */
final class Table {
  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  private Table(String... header) {
    columns = header.length;
    rows.add(header);
  }

  /** A table whose first row is the header. */
  static Table withHeader(String... header) {
    return new Table(header);
  }

  Table row(Object... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
    }
    rows.add(Arrays.stream(cells).map(Table::cell).toArray(String[]::new));
    return this;
  }

  void print(PrintWriter out) {
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], row[c].codePointCount(0, row[c].length()));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        line.append(row[c]);
        if (c < columns - 1) {
          line.append(" ".repeat(widths[c] - row[c].codePointCount(0, row[c].length()) + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private static String cell(Object value) {
    if (value == null) {
      return "-";
    }
    String text = value.toString().replaceAll("\\p{Cntrl}", " ");
    return text.isEmpty() ? "-" : text;
  }
}
