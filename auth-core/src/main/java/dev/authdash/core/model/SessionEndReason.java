package dev.authdash.core.model;

/** Why a live session was ended by someone, kept a short while so that its browser can be told. */
public enum SessionEndReason {
  /** Signed out by the same person elsewhere (one session, or "all other sessions"). */
  SIGNED_OUT_ELSEWHERE,
  /** The password was changed or reset: every other session of the user ends. */
  PASSWORD_CHANGED,
  /**
   * An admin (or the CLI) signed the user out, e.g. with "Sign out everywhere" after a demotion.
   */
  SIGNED_OUT_BY_ADMIN,
  /** The user deleted their own account (in this browser or another). */
  ACCOUNT_DELETED
}
