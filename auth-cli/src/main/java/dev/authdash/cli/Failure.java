package dev.authdash.cli;

import dev.authdash.core.error.AuthException;
import dev.authdash.core.error.MailDeliveryException;
import dev.authdash.core.error.OutageException;
import dev.authdash.core.error.RefusalKind;
import dev.authdash.core.error.StoreUnavailableException;

/** What went wrong, as an exit code and one line a person understands. */
record Failure(ExitCode exitCode, String message) {
  private static final int MAX_MESSAGE = 400;

  /** Classifies an error by the first cause the CLI knows (start-up wraps the real one). */
  static Failure of(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof CliException e) {
        return new Failure(e.exitCode(), e.getMessage());
      }
      if (t instanceof MailDeliveryException e) {
        return new Failure(ExitCode.FAILURE, "Mail not sent: " + e.getMessage());
      }
      if (t instanceof StoreUnavailableException e) {
        return new Failure(ExitCode.STORE_UNAVAILABLE, e.getMessage() + because(e));
      }
      if (t instanceof OutageException e) { // the hashing pool full
        return new Failure(ExitCode.FAILURE, e.getMessage());
      }
      if (t instanceof AuthException e) {
        return new Failure(exitCodeOf(e.kind()), e.getMessage());
      }
    }
    return new Failure(ExitCode.FAILURE, "Unexpected error: " + describe(error));
  }

  /** The exit code of each kind of refusal of the core (documented in docs/cli.md). */
  static ExitCode exitCodeOf(RefusalKind kind) {
    return switch (kind) {
      case NOT_FOUND -> ExitCode.NOT_FOUND;
      case CONFLICT -> ExitCode.CONFLICT;
      case REFUSED_BY_POLICY, NOT_PERMITTED -> ExitCode.REFUSED;
      case INVALID_INPUT -> ExitCode.USAGE;
      case THROTTLED, NOT_AUTHENTICATED, SECOND_STEP -> ExitCode.FAILURE;
    };
  }

  /** The message on one line, never longer than a few hundred characters. */
  String oneLine() {
    String flat = message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    return flat.length() > MAX_MESSAGE ? flat.substring(0, MAX_MESSAGE) + "..." : flat;
  }

  /** The operator has direct access to the stores: the root cause helps and reveals no secret. */
  private static String because(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.equals(error) ? "" : " (" + describe(root) + ")";
  }

  private static String describe(Throwable error) {
    String text = error.getMessage();
    return text == null || text.isBlank() ? error.getClass().getSimpleName() : text;
  }
}
