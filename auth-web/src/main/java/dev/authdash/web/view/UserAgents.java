package dev.authdash.web.view;

import java.util.Locale;

/**
 * A short, human name for a user agent ("Firefox on Linux"), for session lists. Deliberately small:
 * the common browsers and systems, in the order that disambiguates them (Edge and Chrome both say
 * Safari; iOS says "like Mac OS X"; Android says Linux). Anything else is "Unknown browser".
 */
public final class UserAgents {
  private UserAgents() {}

  public static String describe(String userAgent) {
    if (userAgent == null || userAgent.isBlank()) {
      return "Unknown device";
    }
    return browser(userAgent) + " on " + system(userAgent);
  }

  static String browser(String ua) {
    if (ua.contains("Edg/") || ua.contains("EdgA/") || ua.contains("EdgiOS/")) {
      return "Edge";
    }
    if (ua.contains("Firefox/") || ua.contains("FxiOS/")) {
      return "Firefox";
    }
    if (ua.contains("Chrome/") || ua.contains("CriOS/") || ua.contains("Chromium/")) {
      return "Chrome";
    }
    if (ua.contains("Safari/") && ua.contains("Version/")) {
      return "Safari";
    }
    if (ua.toLowerCase(Locale.ROOT).startsWith("curl/")) {
      return "curl";
    }
    return "Unknown browser";
  }

  static String system(String ua) {
    if (ua.contains("Windows")) {
      return "Windows";
    }
    if (ua.contains("Android")) {
      return "Android";
    }
    if (ua.contains("iPhone") || ua.contains("iPad") || ua.contains("iPod")) {
      return "iOS";
    }
    if (ua.contains("Macintosh") || ua.contains("Mac OS X")) {
      return "macOS";
    }
    if (ua.contains("Linux") || ua.contains("X11")) {
      return "Linux";
    }
    return "unknown system";
  }
}
