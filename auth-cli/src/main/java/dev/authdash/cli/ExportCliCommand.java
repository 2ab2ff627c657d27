package dev.authdash.cli;

import dev.authdash.core.export.ExportColumns.Column;
import dev.authdash.core.export.ExportFormat;
import dev.authdash.core.export.ExportStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * An export command: the rows in the dashboard's CSV or JSON ({@link ExportStream}, the same bytes
 * as its downloads), to stdout or to a file. A file is written beside itself as {@code FILE.part}
 * and renamed when complete, so a failed export leaves no file that looks whole.
 */
abstract class ExportCliCommand extends CoreCliCommand {
  @Option(
      names = "--format",
      paramLabel = "csv|json",
      description = "csv (RFC 4180, header line; the default) or json (an array of objects).")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE (replaced when the export is complete) instead of stdout.")
  Path output;

  /** The format asked for: --format, else json with --json, else csv. */
  final ExportFormat format() {
    if (format != null) {
      return ExportFormat.parse(format);
    }
    return json() ? ExportFormat.JSON : ExportFormat.CSV;
  }

  /** Writes the rows; says how many (and where) when they went to a file. */
  final <T> void write(ExportFormat chosen, List<Column<T>> columns, Stream<T> rows, String what) {
    // prepared(): a store that cannot be read fails before a byte is written (exit 6).
    try (ExportStream<T> export = ExportStream.of(chosen, columns, rows).prepared()) {
      if (output == null) {
        try (Reader text = new InputStreamReader(export, StandardCharsets.UTF_8)) {
          text.transferTo(out());
        }
        out().flush();
        return;
      }
      Path part = output.resolveSibling(output.getFileName() + ".part");
      try (OutputStream file = Files.newOutputStream(part)) {
        export.transferTo(file);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(part);
        throw e;
      }
      Files.move(part, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      out().printf("Exported %d %s to %s (%s).%n", export.rows(), what, output, chosen.name());
    } catch (IOException e) {
      // A store that failed midway keeps its exit code (6); a file that cannot be written is 1.
      throw new CliException(Failure.of(e).exitCode(), "The export failed: " + e.getMessage(), e);
    }
  }
}
