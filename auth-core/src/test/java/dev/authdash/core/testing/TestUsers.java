package dev.authdash.core.testing;

import dev.authdash.core.model.EmailAddress;
import dev.authdash.core.model.LastLogin;
import dev.authdash.core.model.PendingEmail;
import dev.authdash.core.model.ResetToken;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.User;
import dev.authdash.core.model.UserEmail;
import dev.authdash.core.model.UserId;
import dev.authdash.core.model.Username;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Test data: users with a placeholder hash, for store tests that never verify a password. */
public final class TestUsers {
  public static final String PLACEHOLDER_HASH =
      "{argon2}$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";

  private TestUsers() {}

  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }

  public static User user(String name) {
    return User.register(Username.of(name), PLACEHOLDER_HASH, Role.USER, now());
  }

  public static User admin(String name) {
    return User.register(Username.of(name), PLACEHOLDER_HASH, Role.ADMIN, now());
  }

  /** A user with every optional field set, to check that stores keep each one. */
  public static User fullyPopulated(String name) {
    Instant created = now().minus(3, ChronoUnit.DAYS);
    return User.restore(
        UserId.random(),
        Username.of(name),
        PLACEHOLDER_HASH,
        Role.ADMIN,
        true,
        created,
        new LastLogin(created.plus(2, ChronoUnit.HOURS), "2001:db8::1"),
        new LastLogin(created.plus(1, ChronoUnit.HOURS), "192.0.2.44"),
        UserEmail.verified(
            EmailAddress.of(name + "@example.com"), created.plus(30, ChronoUnit.MINUTES)),
        new PendingEmail(
            EmailAddress.of(name + ".new@example.org"),
            ResetToken.generate().digest(),
            created.plus(4, ChronoUnit.DAYS)));
  }
}
