package dev.authdash.core.error;

/**
 * What kind of "no" a refusal is. Web and CLI map each kind in one exhaustive {@code switch} (a
 * status and a page, an exit code), so a new kind cannot be forgotten in either.
 */
public enum RefusalKind {
  /** What the request names does not exist (a user, a session). */
  NOT_FOUND,
  /**
   * The request clashes with what exists (a taken username or address, a second factor's state).
   */
  CONFLICT,
  /** The product's rules say no (weak password, the owner, the last admin, deleting oneself). */
  REFUSED_BY_POLICY,
  /** The actor lacks the right for the act (not an admin, or no longer signed in). */
  NOT_PERMITTED,
  /** A value is malformed or out of range (a username, a page number, a handle). */
  INVALID_INPUT,
  /** Too many attempts in a short time: try again later. */
  THROTTLED,
  /** The caller did not prove who it is (a wrong password or code, a sign-in that ran out). */
  NOT_AUTHENTICATED,
  /** Not a failure: the password was right and the account asks for its second factor. */
  SECOND_STEP
}
