package dev.authdash.web.security;

/** A state-changing request without a valid CSRF token: answered with 403, nothing done. */
public final class CsrfRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CsrfRejectedException() {
    super("missing or invalid CSRF token");
  }
}
