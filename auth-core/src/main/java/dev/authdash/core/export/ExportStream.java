package dev.authdash.core.export;

import dev.authdash.core.export.ExportColumns.Column;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * An export as bytes (UTF-8) that are encoded only as they are read: each read that finds the last
 * chunk used up encodes the next rows, about 64 KiB of them, pulling them from the stream of rows
 * (which reads its store batch by batch). The dashboard hands it to the HTTP server, which reads it
 * as the client takes the body; the CLI copies it to a file or stdout. Memory stays one chunk and
 * one batch whatever the number of rows.
 *
 * <p>A store that fails midway ends the bytes with an {@link IOException}: a JSON export is then
 * visibly unfinished (no closing bracket); a CSV one is cut after its last whole line.
 */
public final class ExportStream<T> extends InputStream {
  private static final int CHUNK = 64 * 1024;

  private final ExportFormat format;
  private final List<Column<T>> columns;
  private final Stream<T> source;
  private final Iterator<T> rows;
  private final StringBuilder text = new StringBuilder(CHUNK + 1024);
  private byte[] bytes = new byte[0];
  private int position;
  private boolean begun;
  private boolean ended;
  private long written;

  private ExportStream(ExportFormat format, List<Column<T>> columns, Stream<T> rows) {
    this.format = Objects.requireNonNull(format, "format");
    this.columns = List.copyOf(columns);
    this.source = rows;
    this.rows = rows.iterator();
  }

  /** The export of the rows in the format, with these columns. */
  public static <T> ExportStream<T> of(
      ExportFormat format, List<Column<T>> columns, Stream<T> rows) {
    return new ExportStream<>(format, columns, rows);
  }

  /** How many rows have been encoded so far (all of them once the stream is read to its end). */
  public long rows() {
    return written;
  }

  @Override
  public int read() throws IOException {
    if (!fill()) {
      return -1;
    }
    return bytes[position++] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, buffer.length);
    if (length == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int n = Math.min(length, bytes.length - position);
    System.arraycopy(bytes, position, buffer, offset, n);
    position += n;
    return n;
  }

  @Override
  public void close() {
    source.close();
  }

  /**
   * Encodes the first chunk now (the header and the first rows, which reads the store's first
   * batch), so that a store that cannot be read fails here, with its own error, while the caller
   * can still answer with an error page or exit code, rather than as a download cut at its first
   * byte. Reading then starts with that chunk.
   */
  public ExportStream<T> prepared() {
    encodeNext();
    return this;
  }

  /** Encodes the next chunk when the last one is used up; false once everything was read. */
  private boolean fill() throws IOException {
    try {
      return encodeNext();
    } catch (RuntimeException e) {
      throw new IOException("The export stopped after " + written + " rows: " + e.getMessage(), e);
    }
  }

  private boolean encodeNext() {
    while (position >= bytes.length) {
      if (ended) {
        return false;
      }
      text.setLength(0);
      if (!begun) {
        begin();
        begun = true;
      }
      while (text.length() < CHUNK && rows.hasNext()) {
        row(rows.next());
        written++;
      }
      if (!rows.hasNext()) {
        end();
        ended = true;
      }
      bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      position = 0;
    }
    return true;
  }

  private void begin() {
    if (format == ExportFormat.CSV) {
      text.append(Csv.line(columns.stream().map(Column::name).toList()));
    } else {
      text.append('[');
    }
  }

  private void row(T row) {
    if (format == ExportFormat.CSV) {
      List<String> cells = new ArrayList<>(columns.size());
      for (Column<T> column : columns) {
        cells.add(csvText(column.value().apply(row)));
      }
      text.append(Csv.line(cells));
      return;
    }
    text.append(written == 0 ? "\n{" : ",\n{");
    for (int i = 0; i < columns.size(); i++) {
      Column<T> column = columns.get(i);
      if (i > 0) {
        text.append(',');
      }
      text.append(Json.string(column.name())).append(':');
      text.append(Json.value(column.value().apply(row)));
    }
    text.append('}');
  }

  private void end() {
    if (format == ExportFormat.JSON) {
      text.append("\n]\n");
    }
  }

  private static String csvText(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Instant at) {
      return DateTimeFormatter.ISO_INSTANT.format(at);
    }
    return value.toString();
  }
}
