package dev.authdash.core.model;

/** What a presented token turned out to be. */
public sealed interface SessionResolution {

  /** A live session and its user as of this moment (fresh role). */
  record Active(User user, Session session) implements SessionResolution {}

  /** The session existed but its idle or absolute time ran out; it is now gone. */
  record Expired() implements SessionResolution {}

  /** No such session: never issued, logged out, revoked, or its user deleted. */
  record Missing() implements SessionResolution {}

  static SessionResolution expired() {
    return new Expired();
  }

  static SessionResolution missing() {
    return new Missing();
  }
}
