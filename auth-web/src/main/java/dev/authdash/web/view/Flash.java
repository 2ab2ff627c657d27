package dev.authdash.web.view;

import dev.authdash.web.config.WebSettings;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Post/Redirect/Get messages: a short-lived, HttpOnly, HMAC-signed cookie set on the redirect and
 * cleared by the page that shows it. No server state, and GET requests change nothing. A message
 * about a refused form may name the field it concerns and carry what was typed in the form's plain
 * fields (never a password), so that the form comes back as it was sent.
 */
@Singleton
public final class Flash {
  private static final Duration LIFETIME = Duration.ofMinutes(1);
  private static final String HMAC = "HmacSHA256";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final WebSettings settings;
  private final byte[] key;

  Flash(WebSettings settings) {
    this.settings = settings;
    this.key = derive(settings.signingKey());
  }

  /** A 303 to the path, carrying a message for the page there. */
  public MutableHttpResponse<?> redirect(String path, Message message) {
    MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(path));
    return attach(response, message);
  }

  public MutableHttpResponse<?> attach(MutableHttpResponse<?> response, Message message) {
    String plain =
        message.category().css()
            + "\n"
            + message.field()
            + "\n"
            + encodeKept(message.kept())
            + "\n"
            + message.text();
    String payload = ENCODER.encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    String value = payload + "." + sign(payload);
    return response.cookie(
        settings.cookie(WebSettings.FLASH_COOKIE, value, SameSite.Lax, LIFETIME));
  }

  /** The message the browser brought back, when its signature holds. */
  public Optional<Message> read(HttpRequest<?> request) {
    return settings.cookieValue(request, WebSettings.FLASH_COOKIE).flatMap(this::verify);
  }

  public boolean present(HttpRequest<?> request) {
    return settings.cookieValue(request, WebSettings.FLASH_COOKIE).isPresent();
  }

  private Optional<Message> verify(String value) {
    int dot = value.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String payload = value.substring(0, dot);
    byte[] given = value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(given, sign(payload).getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    try {
      String[] parts = new String(DECODER.decode(payload), StandardCharsets.UTF_8).split("\n", 4);
      return parts.length < 4
          ? Optional.empty()
          : Optional.of(
              new Message(Category.parse(parts[0]), parts[3], parts[1], decodeKept(parts[2])));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String encodeKept(Map<String, String> kept) {
    return kept.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static Map<String, String> decodeKept(String encoded) {
    Map<String, String> kept = new LinkedHashMap<>();
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        kept.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
      }
    }
    return kept;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }

  private String sign(String payload) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key, HMAC));
      return ENCODER.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }

  private static byte[] derive(String secret) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC));
      return mac.doFinal("authdash flash messages".getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }

  /** Bootstrap alert categories. */
  public enum Category {
    SUCCESS,
    DANGER,
    WARNING,
    INFO;

    static Category parse(String raw) {
      for (Category c : values()) {
        if (c.css().equals(raw)) {
          return c;
        }
      }
      return INFO;
    }

    public String css() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One message: its category and the text shown (escaped by the template); the form field it
   * concerns ("" for the page as a whole) and what the form's plain fields held.
   */
  public record Message(Category category, String text, String field, Map<String, String> kept) {
    /** Longest value kept per field: enough for any valid input, bounded for the cookie. */
    private static final int KEPT_MAX = 64;

    public Message {
      kept = Map.copyOf(kept);
    }

    public Message(Category category, String text) {
      this(category, text, "", Map.of());
    }

    /** The same message, shown next to {@code field} of the form, which keeps {@code kept}. */
    public Message about(String field, Map<String, String> kept) {
      Map<String, String> bounded = new LinkedHashMap<>();
      kept.forEach(
          (name, value) -> {
            if (value != null) {
              bounded.put(name, value.length() > KEPT_MAX ? value.substring(0, KEPT_MAX) : value);
            }
          });
      return new Message(category, text, field == null ? "" : field, bounded);
    }

    public boolean aboutAField() {
      return !field.isEmpty();
    }

    public static Message success(String text) {
      return new Message(Category.SUCCESS, text);
    }

    public static Message danger(String text) {
      return new Message(Category.DANGER, text);
    }

    public static Message warning(String text) {
      return new Message(Category.WARNING, text);
    }

    public static Message info(String text) {
      return new Message(Category.INFO, text);
    }

    @Override
    public String toString() {
      return category.css() + ": " + text;
    }
  }
}
