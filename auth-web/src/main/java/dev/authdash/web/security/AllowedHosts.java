package dev.authdash.web.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The host names this site answers to: the host of {@code auth.public-url}, the names in {@code
 * auth.allowed-hosts}, and localhost and loopback addresses. Links handed on outside the browser
 * (reset links) are built from the request's {@code Host} when no public URL is set, so a forged
 * {@code Host} must never get that far.
 */
@Singleton
public final class AllowedHosts {
  private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");

  private final Set<String> names = new HashSet<>();

  AllowedHosts(
      @Value("${auth.public-url:}") String publicUrl,
      @Value("${auth.allowed-hosts:}") String allowedHosts) {
    names.add("localhost");
    names.add("[::1]");
    if (publicUrl != null && !publicUrl.isBlank()) {
      Optional.ofNullable(URI.create(publicUrl.strip()).getHost())
          .ifPresent(h -> names.add(h.toLowerCase(Locale.ROOT)));
    }
    if (allowedHosts != null) {
      Arrays.stream(allowedHosts.split(","))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .map(AllowedHosts::hostName)
          .forEach(names::add);
    }
  }

  /** True for a {@code Host} header (name, optional port) naming an allowed host. */
  public boolean allows(String hostHeader) {
    String name = hostName(hostHeader.strip());
    return names.contains(name) || IPV4_LOOPBACK.matcher(name).matches();
  }

  /** The lower-case name of a {@code Host} value without its port; IPv6 keeps its brackets. */
  static String hostName(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    if (lower.startsWith("[")) {
      int end = lower.indexOf(']');
      return end < 0 ? lower : lower.substring(0, end + 1);
    }
    int colon = lower.indexOf(':');
    String name = colon < 0 ? lower : lower.substring(0, colon);
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }
}
