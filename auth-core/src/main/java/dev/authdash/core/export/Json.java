package dev.authdash.core.export;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * JSON values as RFC 8259 writes them: strings quoted with {@code "}, {@code \} and control
 * characters escaped (and U+2028, U+2029, which some JavaScript parsers took for line ends),
 * booleans and numbers bare, instants as ISO-8601 UTC strings, null as {@code null}.
 */
public final class Json {
  private Json() {}

  /** The JSON text of a value: a String, Boolean, Number, Instant or null. */
  public static String value(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      return value.toString();
    }
    if (value instanceof Instant at) {
      return string(DateTimeFormatter.ISO_INSTANT.format(at));
    }
    return string(value.toString());
  }

  /** A quoted, escaped JSON string. */
  public static String string(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
