package dev.authdash.cli;

import java.io.InputStream;
import java.util.Map;

/**
 * What the CLI takes from its process: environment variables, stdin (for passwords) and the OS user
 * (for the audit actor). Tests pass their own instead of the real ones.
 *
 * @param variables environment variables; only {@code AUTH_*} and {@code REDIS_*} are read
 * @param stdin where {@code --password-stdin} reads from
 * @param osUser who runs the CLI; acts are audited as {@code cli:<osUser>}
 */
public record CliEnvironment(Map<String, String> variables, InputStream stdin, String osUser) {
  public CliEnvironment {
    variables = Map.copyOf(variables);
  }

  /** The real process: {@code System.getenv()}, {@code System.in}, {@code user.name}. */
  public static CliEnvironment system() {
    return new CliEnvironment(
        System.getenv(), System.in, System.getProperty("user.name", "unknown"));
  }
}
