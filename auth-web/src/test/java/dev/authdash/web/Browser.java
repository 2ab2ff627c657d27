package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real HTTP client acting as one browser: never follows redirects, keeps its cookies, and fills
 * in CSRF tokens by reading them from the forms of the pages it loaded.
 */
final class Browser {
  static final String FIREFOX_LINUX =
      "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

  /** A Chrome whose user agent carries markup, which pages must show as text. */
  static final String CHROME_WINDOWS =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
          + " Chrome/126.0.0.0 Safari/537.36 <script>alert(1)</script>";

  private static final Pattern CSRF_FIELD =
      Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");
  private static final Pattern SESSION_ROW =
      Pattern.compile("data-session=\"([A-Za-z0-9_-]{22})\"");
  private static final java.time.Duration TIMEOUT = java.time.Duration.ofSeconds(20);

  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(TIMEOUT)
          .build();

  private final URI base;
  final Map<String, String> cookies = new LinkedHashMap<>();
  private final Map<String, String> extraHeaders = new LinkedHashMap<>();

  Browser(URI base) {
    this.base = base;
  }

  Browser header(String name, String value) {
    extraHeaders.put(name, value);
    return this;
  }

  Page get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET(), "text/html");
  }

  Page getJson(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET(), "application/json");
  }

  /** Posts the form as is: no CSRF token added. */
  Page post(String path, Map<String, String> fields) {
    return post(path, fields, "text/html");
  }

  /** Posts the form as is, asking for the given type (JSON, for a script's POST). */
  Page post(String path, Map<String, String> fields, String accept) {
    String body =
        fields.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        accept);
  }

  /** Posts a form body exactly as written (encoded, in its order), accepting any type as curl. */
  Page postRaw(String path, String body) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        "*/*");
  }

  /** Loads the page the form is on, takes its CSRF token, and posts the form with it. */
  Page submit(String pagePath, String action, Map<String, String> fields) {
    Page page = get(pagePath);
    assertThat(page.status()).as("GET " + pagePath).isEqualTo(200);
    Map<String, String> withToken = new LinkedHashMap<>(fields);
    withToken.put("csrfToken", page.csrfToken());
    return post(action, withToken);
  }

  /**
   * Posts the form without a CSRF token and then with a forged one: both must be refused with 403
   * (what the post would change is for the caller to check afterwards).
   */
  void assertNeedsAValidCsrfToken(String path, Map<String, String> fields) {
    assertThat(post(path, fields).status()).as(path + " without a token").isEqualTo(403);
    Map<String, String> forged = new LinkedHashMap<>(fields);
    forged.put("csrfToken", "forged.value");
    assertThat(post(path, forged).status()).as(path + " with a forged token").isEqualTo(403);
  }

  /** A new browser on {@code base}, signed in as the user. */
  static Browser signedIn(java.net.URI base, String username, String password) {
    Browser b = new Browser(base);
    b.login(username, password);
    return b;
  }

  /** Fills the registration form (password typed twice) and submits it. */
  Page register(String username) {
    return submit(
        "/register",
        "/register",
        Map.of(
            "username",
            username,
            "password",
            Accounts.PASSWORD,
            "confirmPassword",
            Accounts.PASSWORD));
  }

  /** Fills the profile's change-of-password form and submits it. */
  Page changePassword(String current, String newPassword, String confirmation) {
    return submit(
        "/profile",
        "/profile/password",
        Map.of(
            "currentPassword",
            current,
            "newPassword",
            newPassword,
            "confirmPassword",
            confirmation));
  }

  Page login(String username, String password) {
    Page result = submit("/", "/login", Map.of("username", username, "password", password));
    assertThat(result.status()).as("login of " + username).isEqualTo(303);
    assertThat(result.location()).as("login of " + username).isEqualTo("/dashboard");
    return result;
  }

  private Page send(HttpRequest.Builder builder, String accept) {
    builder.header("Accept", accept).timeout(TIMEOUT);
    extraHeaders.forEach(builder::header);
    if (!cookies.isEmpty()) {
      builder.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    try {
      long start = System.nanoTime();
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      long millis = (System.nanoTime() - start) / 1_000_000;
      List<String> setCookies = response.headers().allValues("set-cookie");
      for (String header : setCookies) {
        remember(header);
      }
      return new Page(
          response.statusCode(), response.headers().map(), response.body(), setCookies, millis);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void remember(String header) {
    String[] parts = header.split(";");
    String[] pair = parts[0].split("=", 2);
    String name = pair[0].strip();
    String value = pair.length > 1 ? pair[1].strip() : "";
    boolean gone =
        value.isEmpty()
            || List.of(parts).stream()
                .anyMatch(p -> p.strip().toLowerCase(Locale.ROOT).startsWith("max-age=0"));
    if (gone) {
      cookies.remove(name);
    } else {
      cookies.put(name, value);
    }
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** One response. */
  record Page(
      int status,
      Map<String, List<String>> headers,
      String body,
      List<String> setCookies,
      long millis) {

    String location() {
      return header("location").orElse(null);
    }

    Optional<String> header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst();
    }

    String csrfToken() {
      Matcher m = CSRF_FIELD.matcher(body);
      assertThat(m.find()).as("page has a form with a CSRF token").isTrue();
      return m.group(1);
    }

    /** The Set-Cookie header for a cookie name, if this response set it. */
    Optional<String> setCookie(String name) {
      return setCookies.stream().filter(h -> h.startsWith(name + "=")).findFirst();
    }

    /** The handles of the sessions listed (the profile's "My sessions", an admin's user page). */
    List<String> sessionHandles() {
      List<String> found = new ArrayList<>();
      Matcher m = SESSION_ROW.matcher(body);
      while (m.find()) {
        found.add(m.group(1));
      }
      return found;
    }

    /** The handle of the session row marked "this session". */
    String thisSessionHandle() {
      Matcher rows = Pattern.compile("<tr[^>]*>").matcher(body);
      while (rows.find()) {
        Matcher handle = SESSION_ROW.matcher(rows.group());
        if (rows.group().contains("table-info") && handle.find()) {
          return handle.group(1);
        }
      }
      throw new AssertionError("no row is marked as this session");
    }

    List<String> alerts() {
      List<String> found = new ArrayList<>();
      Matcher m = Pattern.compile("role=\"alert\">\\s*<span>([^<]*)</span>").matcher(body);
      while (m.find()) {
        found.add(m.group(1).replace("&#39;", "'").replace("&quot;", "\""));
      }
      return found;
    }
  }
}
