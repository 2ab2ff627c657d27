package dev.authdash.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a successful registration or login: the user, its new session and the token, and
 * for a sign-in the new device cookie for the browser it happened in.
 */
public record SignedIn(
    User user, Session session, SessionToken token, Optional<DeviceCookie> device) {

  public SignedIn {
    Objects.requireNonNull(device, "device");
  }

  public SignedIn(User user, Session session, SessionToken token) {
    this(user, session, token, Optional.empty());
  }

  public SignedIn withDevice(DeviceCookie cookie) {
    return new SignedIn(user, session, token, Optional.of(cookie));
  }
}
