package dev.authdash.core.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for tests, written apart from the writer: records end in CRLF, a quoted
 * field may hold commas, CRLF and doubled quotes; anything else (a bare quote inside a field, a
 * lone LF, text after a closing quote) is an error, so a test fails on a file a spreadsheet would
 * misread.
 */
public final class CsvReader {
  private CsvReader() {}

  /** Every record of the text; the text must end with CRLF (or be empty). */
  public static List<List<String>> read(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    boolean fieldStart = true;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (fieldStart && c == '"') {
        i++;
        while (true) {
          if (i >= text.length()) {
            throw new IllegalArgumentException("Unclosed quote in record " + (records.size() + 1));
          }
          char q = text.charAt(i);
          if (q == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
          } else if (q == '"') {
            i++;
            break;
          } else {
            field.append(q);
            i++;
          }
        }
        fieldStart = false;
        if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
          throw new IllegalArgumentException("Text after a closing quote at " + i);
        }
        continue;
      }
      if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        fieldStart = true;
        i++;
      } else if (c == '\r') {
        if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
          throw new IllegalArgumentException("A CR not followed by LF at " + i);
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        fieldStart = true;
        i += 2;
      } else if (c == '\n' || c == '"') {
        throw new IllegalArgumentException("A bare " + (c == '"' ? "quote" : "LF") + " at " + i);
      } else {
        field.append(c);
        fieldStart = false;
        i++;
      }
    }
    if (!record.isEmpty() || field.length() > 0) {
      throw new IllegalArgumentException("The last record does not end with CRLF");
    }
    return records;
  }
}
