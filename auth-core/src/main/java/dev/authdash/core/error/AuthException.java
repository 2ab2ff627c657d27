package dev.authdash.core.error;

import java.util.Objects;

/**
 * Root of every refusal the core can give: the request was understood and the rules say no. Each
 * carries its {@link RefusalKind}, which is what apps map to a page, a status or an exit code; the
 * message is safe to show to the person who caused it. Outages are not refusals: they are {@link
 * OutageException}s.
 */
public abstract sealed class AuthException extends RuntimeException
    permits EmailTakenException,
        InvalidCredentialsException,
        InvalidInputException,
        InvalidUsernameException,
        LoginThrottledException,
        NotPermittedException,
        PolicyViolationException,
        RateLimitedException,
        SecondFactorRequiredException,
        SecondFactorStateException,
        SessionNotFoundException,
        SignInExpiredException,
        UserNotFoundException,
        UsernameTakenException {
  private static final long serialVersionUID = 1L;

  private final RefusalKind kind;

  protected AuthException(RefusalKind kind, String message) {
    super(message);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /** What kind of refusal this is. */
  public final RefusalKind kind() {
    return kind;
  }
}
