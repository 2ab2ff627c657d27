package dev.authdash.web.security;

/** What a log line may show of client-sent text: printable ASCII, at most 100 characters. */
public final class LogText {
  private static final int MAX = 100;

  private LogText() {}

  /** Control and non-ASCII characters become {@code ?}, so one request stays one log line. */
  public static String printable(String value) {
    String clean = value == null ? "" : value.replaceAll("[^\\x20-\\x7e]", "?");
    return clean.length() > MAX ? clean.substring(0, MAX) + "..." : clean;
  }
}
