package dev.authdash.core.config;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the mail features need: the public address links are built from (never a request's Host),
 * the site's name in mails, and the outbox's timing. Mail is on only with a public address and a
 * way to send; {@link #off(String)} says why it is not.
 *
 * @param publicUrl the site's address as people reach it ({@code https://auth.example.com}); links
 *     in mails start with it
 * @param siteName the name mails use for the site
 * @param disabledReason empty when mail is on, else why it is off (for the start log)
 * @param giveUpAfter a mail that could not be sent for this long is given up (audited)
 * @param firstRetry the wait after the first failed attempt; each further failure doubles it
 * @param maxRetry the longest wait between attempts
 * @param lease how long a sender holds a claimed mail before another may take it
 * @param resetRequestsPerAddress forgot-password requests per client address per hour
 * @param resetMailsPerAccount reset mails per account per hour
 */
public record MailConfig(
    Optional<URI> publicUrl,
    String siteName,
    Optional<String> disabledReason,
    Duration giveUpAfter,
    Duration firstRetry,
    Duration maxRetry,
    Duration lease,
    int resetRequestsPerAddress,
    int resetMailsPerAccount) {

  public static final String DEFAULT_SITE_NAME = "auth-dashboard";

  public MailConfig {
    Objects.requireNonNull(publicUrl, "publicUrl");
    Objects.requireNonNull(siteName, "siteName");
    Objects.requireNonNull(disabledReason, "disabledReason");
    if (resetRequestsPerAddress < 1 || resetMailsPerAccount < 1) {
      throw new IllegalArgumentException("forgot-password limits must be at least 1");
    }
    if (publicUrl.isEmpty() && disabledReason.isEmpty()) {
      throw new IllegalArgumentException("mail needs a public URL to build links from");
    }
  }

  /**
   * Mail on: links from {@code publicUrl}, default timing (retry from 30 s, give up after 24 h).
   */
  public static MailConfig on(String publicUrl, String siteName) {
    return new MailConfig(
        Optional.of(parseUrl(publicUrl)),
        siteName == null || siteName.isBlank() ? DEFAULT_SITE_NAME : siteName.strip(),
        Optional.empty(),
        Duration.ofHours(24),
        Duration.ofSeconds(30),
        Duration.ofHours(1),
        Duration.ofMinutes(2),
        10,
        3);
  }

  /** The same with other forgot-password limits (per client address, per account, per hour). */
  public MailConfig withResetLimits(int perAddress, int perAccount) {
    return new MailConfig(
        publicUrl,
        siteName,
        disabledReason,
        giveUpAfter,
        firstRetry,
        maxRetry,
        lease,
        perAddress,
        perAccount);
  }

  /** Mail off, for the reason given. */
  public static MailConfig off(String reason) {
    return new MailConfig(
        Optional.empty(),
        DEFAULT_SITE_NAME,
        Optional.of(reason),
        Duration.ofHours(24),
        Duration.ofSeconds(30),
        Duration.ofHours(1),
        Duration.ofMinutes(2),
        10,
        3);
  }

  public boolean enabled() {
    return disabledReason.isEmpty();
  }

  /** A link to a path of the site, from the public URL only. */
  public String link(String pathAndQuery) {
    String base = publicUrl.orElseThrow(() -> new IllegalStateException("mail is off")).toString();
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery;
  }

  /** The wait before attempt {@code attempts + 1}, after {@code attempts} failures. */
  public Duration retryDelay(int attempts) {
    Duration delay = firstRetry;
    for (int i = 1; i < attempts && delay.compareTo(maxRetry) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
  }

  /**
   * An http(s) URL with a host and nothing after the path.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static URI parseUrl(String raw) {
    URI uri;
    try {
      uri = URI.create(raw.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("AUTH_PUBLIC_URL is not a URL: " + raw, e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!("https".equals(scheme) || "http".equals(scheme))
        || uri.getHost() == null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          "AUTH_PUBLIC_URL must be an http(s) address such as https://auth.example.com: " + raw);
    }
    return uri;
  }
}
