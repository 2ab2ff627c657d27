package dev.authdash.cli;

import java.util.Locale;

/**
 * The documented exit codes of {@code authdash}: stable, listed in every {@code --help} and in
 * docs/cli.md. Scripts may rely on them.
 */
public enum ExitCode {
  OK(0, "success"),
  FAILURE(1, "unexpected error (see the message)"),
  USAGE(2, "usage: unknown command or option, bad value, or a missing --yes"),
  NOT_FOUND(3, "not found: no such user or session"),
  CONFLICT(4, "conflict: username or address taken, or init on a database with users"),
  REFUSED(5, "refused by policy: owner, last admin, self-deletion, weak password"),
  STORE_UNAVAILABLE(6, "store unavailable: database or Redis cannot be opened or reached"),
  SESSIONS_UNREACHABLE(
      7, "sessions unreachable: they live in the memory of the dashboard (not Redis)");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }

  /** The name used in JSON error documents: {@code not_found}, {@code store_unavailable} ... */
  public String kind() {
    return name().toLowerCase(Locale.ROOT);
  }
}
