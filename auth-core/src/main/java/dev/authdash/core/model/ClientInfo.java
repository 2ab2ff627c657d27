package dev.authdash.core.model;

/**
 * Where a request came from: the client address and user agent, trimmed to sane lengths so that a
 * hostile header cannot bloat stores or logs.
 */
public record ClientInfo(String address, String userAgent) {
  private static final int MAX_ADDRESS = 64;
  private static final int MAX_USER_AGENT = 256;

  public ClientInfo {
    address = clip(address, MAX_ADDRESS, "unknown");
    userAgent = clip(userAgent, MAX_USER_AGENT, "");
  }

  public static ClientInfo of(String address, String userAgent) {
    return new ClientInfo(address, userAgent);
  }

  /** For acts that come from no network client (first start, tests). */
  public static ClientInfo local() {
    return new ClientInfo("local", "");
  }

  private static String clip(String raw, int max, String fallback) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    String clean = raw.strip().replaceAll("\\p{Cntrl}", "");
    return clean.length() > max ? clean.substring(0, max) : clean;
  }
}
