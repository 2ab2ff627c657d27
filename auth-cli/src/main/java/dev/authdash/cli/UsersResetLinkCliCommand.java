package dev.authdash.cli;

import dev.authdash.core.model.ResetLink;
import java.net.URI;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code authdash users reset-link NAME}: the admin panel's single-use password-reset link, kept in
 * the shared database so that the dashboard honours it. The admin never sets or sees the password.
 */
@Command(
    name = "reset-link",
    mixinStandardHelpOptions = true,
    description = {
      "Print a single-use password-reset link for NAME, once.",
      "The same short-lived link as the admin panel's; a new link voids the older one."
    })
final class UsersResetLinkCliCommand extends CoreCliCommand {
  static final String DEFAULT_BASE_URL = "http://localhost:8080";

  @Parameters(paramLabel = "NAME", description = "The username.")
  String name;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description =
          "The dashboard's address as users reach it (default: $AUTH_PUBLIC_URL, else "
              + DEFAULT_BASE_URL
              + ").")
  String baseUrl;

  @Override
  void execute() {
    String base = base();
    ResetLink link = core().issueResetLink().issueResetLink(onUser(name));
    String url = base + "/reset-password?token=" + link.token().reveal();
    print(
        Json.obj(
            "resetLink",
            Json.obj(
                "username", link.username().value(), "url", url, "expiresAt", link.expiresAt())),
        () -> {
          out()
              .printf(
                  "Reset link for '%s', single use, valid until %s (shown this once):%n",
                  link.username(), Views.when(link.expiresAt()));
          out().println(url);
        });
  }

  /** The base URL, checked like the dashboard checks auth.public-url, without a trailing '/'. */
  private String base() {
    String raw =
        baseUrl != null ? baseUrl : root().environment().variables().get("AUTH_PUBLIC_URL");
    String base = raw == null || raw.isBlank() ? DEFAULT_BASE_URL : raw.strip();
    URI uri;
    try {
      uri = URI.create(base);
    } catch (IllegalArgumentException e) {
      uri = null;
    }
    String scheme =
        uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!("https".equals(scheme) || "http".equals(scheme)) || uri.getHost() == null) {
      throw new CliException(
          ExitCode.USAGE,
          "The base URL must be an absolute http(s) URL such as https://auth.example.com, not '"
              + base
              + "'.");
    }
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }
}
