package dev.authdash.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's email address and whether it is proved theirs: only a verified address receives
 * password-reset mail, and verified addresses are unique among users.
 *
 * @param verifiedAt when the owner followed the verification link; null while unverified
 */
public record UserEmail(EmailAddress address, Instant verifiedAt) {
  public UserEmail {
    Objects.requireNonNull(address, "address");
  }

  public static UserEmail unverified(EmailAddress address) {
    return new UserEmail(address, null);
  }

  public static UserEmail verified(EmailAddress address, Instant at) {
    return new UserEmail(address, Objects.requireNonNull(at, "at"));
  }

  public boolean isVerified() {
    return verifiedAt != null;
  }

  public Optional<Instant> verifiedAtIfAny() {
    return Optional.ofNullable(verifiedAt);
  }
}
