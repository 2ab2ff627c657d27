package dev.authdash.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Browser and system names read from real user agents, in the order that tells them apart. */
class UserAgentsTest {
  private static final Map<String, String> CASES = new LinkedHashMap<>();

  static {
    CASES.put(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.56",
        "Edge on Windows");
    CASES.put(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/126.0.0.0 Safari/537.36",
        "Chrome on Windows");
    CASES.put(
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " HeadlessChrome/156.0.0.0 Safari/537.36",
        "Chrome on Linux");
    CASES.put(
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
        "Firefox on Linux");
    CASES.put(
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko)"
            + " Version/17.5 Safari/605.1.15",
        "Safari on macOS");
    CASES.put(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like"
            + " Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
        "Safari on iOS");
    CASES.put(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like"
            + " Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1",
        "Chrome on iOS");
    CASES.put(
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/126.0.6478.71 Mobile Safari/537.36",
        "Chrome on Android");
    CASES.put(
        "Mozilla/5.0 (Android 14; Mobile; rv:127.0) Gecko/127.0 Firefox/127.0",
        "Firefox on Android");
    CASES.put("curl/8.5.0", "curl on unknown system");
    CASES.put("Java-http-client/17.0.15", "Unknown browser on unknown system");
  }

  @Test
  void describesTheCommonBrowsersAndSystems() {
    CASES.forEach(
        (userAgent, expected) ->
            assertThat(UserAgents.describe(userAgent)).as(userAgent).isEqualTo(expected));
  }

  @Test
  void anEmptyAgent_isAnUnknownDevice() {
    assertThat(UserAgents.describe(null)).isEqualTo("Unknown device");
    assertThat(UserAgents.describe("   ")).isEqualTo("Unknown device");
  }
}
