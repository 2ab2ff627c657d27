package dev.authdash.core.export;

import dev.authdash.core.error.InvalidInputException;
import java.util.Locale;

/** The formats of an export: its media type and file extension. */
public enum ExportFormat {
  /** RFC 4180 with a header line, UTF-8, formula-escaped cells ({@link Csv}). */
  CSV("text/csv; charset=utf-8", "csv"),
  /** One JSON array of objects, one per row, times in ISO-8601 UTC ({@link Json}). */
  JSON("application/json; charset=utf-8", "json");

  private final String mediaType;
  private final String extension;

  ExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** {@code csv} or {@code json}, in any case; anything else is refused as invalid input. */
  public static ExportFormat parse(String raw) {
    String wanted = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    for (ExportFormat format : values()) {
      if (format.name().equals(wanted)) {
        return format;
      }
    }
    throw new InvalidInputException("Unknown export format '" + raw + "': use csv or json.");
  }
}
