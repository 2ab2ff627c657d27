package dev.authdash.core.port.in;

import dev.authdash.core.model.SessionEndReason;
import dev.authdash.core.model.SessionResolution;
import dev.authdash.core.model.SessionStatus;
import dev.authdash.core.model.SessionToken;
import java.util.Optional;

/** Incoming port: what a presented token means, on every request. */
public interface ResolveSessionUseCase {

  /**
   * Resolves the token to its live session and the user as of now, and counts this as activity
   * (moves idle expiry). An expired session is destroyed and reported as such.
   */
  SessionResolution resolve(SessionToken token);

  /** Time left on the session without extending it; empty when it is not live. */
  Optional<SessionStatus> status(SessionToken token);

  /**
   * Why the session of this token was ended by someone (revoked, password changed, signed out by an
   * admin), if that happened within the idle limit; answered once.
   */
  Optional<SessionEndReason> whyEnded(SessionToken token);
}
