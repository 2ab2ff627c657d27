package dev.authdash.core.port.in;

/**
 * Incoming port (anyone): "I forgot my password". The answer never says whether an account matched:
 * a match with a verified address gets a single-use reset link by mail (queued, sent in the
 * background), within limits per account and per client address; every other case does nothing
 * visible. The outcome is audited ({@code RESET_REQUESTED}) for admins only.
 */
public interface RequestPasswordResetUseCase {

  /** True when mail is on (a public URL and a transport): only then is there a form. */
  boolean available();

  /**
   * Handles one request; returns normally whatever the outcome, so callers cannot tell.
   *
   * @throws dev.authdash.core.error.StoreUnavailableException when the store is down (callers that
   *     must not reveal anything run this off the request, as the dashboard does)
   */
  void requestPasswordReset(RequestPasswordResetCommand command);
}
