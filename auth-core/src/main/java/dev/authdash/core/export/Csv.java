package dev.authdash.core.export;

import java.util.List;

/**
 * CSV as RFC 4180 writes it (a cell holding a comma, a double quote, a carriage return or a line
 * feed is quoted, its quotes doubled; lines end in CRLF), made safe to open in a spreadsheet: a
 * cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * would be read as a formula (OWASP's "CSV Injection"), so it gets a leading {@code '}, which
 * spreadsheets show as text and do not evaluate.
 */
public final class Csv {
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private Csv() {}

  /** One line of cells, CRLF included. */
  public static String line(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(cell(cells.get(i)));
    }
    return line.append("\r\n").toString();
  }

  /** One cell: formula-escaped, then quoted when RFC 4180 asks for it; null is empty. */
  public static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String text = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (text.indexOf(',') < 0
        && text.indexOf('"') < 0
        && text.indexOf('\r') < 0
        && text.indexOf('\n') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
