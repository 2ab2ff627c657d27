package dev.authdash.persistence.postgres;

import dev.authdash.core.model.EmailAddress;
import dev.authdash.core.model.LastLogin;
import dev.authdash.core.model.PendingEmail;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.TokenDigest;
import dev.authdash.core.model.User;
import dev.authdash.core.model.UserEmail;
import dev.authdash.core.model.UserId;
import dev.authdash.core.model.Username;
import java.time.Instant;

/** Converts between the core's {@link User} and the adapter's {@link UserRow}. */
final class UserRowMapper {
  private UserRowMapper() {}

  static UserRow toRow(User user) {
    return new UserRow(
        user.id().value(),
        user.username().value(),
        user.passwordHash(),
        user.role().name(),
        user.owner(),
        Timestamps.of(user.createdAt()),
        user.lastLoginIfAny().map(l -> Timestamps.of(l.at())).orElse(null),
        user.lastLoginIfAny().map(LastLogin::address).orElse(null),
        user.previousLoginIfAny().map(l -> Timestamps.of(l.at())).orElse(null),
        user.previousLoginIfAny().map(LastLogin::address).orElse(null),
        user.emailIfAny().map(e -> e.address().value()).orElse(null),
        user.emailIfAny().flatMap(UserEmail::verifiedAtIfAny).map(Timestamps::of).orElse(null),
        user.pendingEmailIfAny().map(p -> p.address().value()).orElse(null),
        user.pendingEmailIfAny().map(p -> p.tokenDigest().value()).orElse(null),
        user.pendingEmailIfAny().map(p -> Timestamps.of(p.expiresAt())).orElse(null));
  }

  static User toUser(UserRow row) {
    return User.restore(
        new UserId(row.id()),
        new Username(row.username()),
        row.passwordHash(),
        Role.valueOf(row.role()),
        row.owner(),
        row.createdAt(),
        login(row.lastLoginAt(), row.lastLoginAddress()),
        login(row.previousLoginAt(), row.previousLoginAddress()),
        row.email() == null
            ? null
            : new UserEmail(new EmailAddress(row.email()), row.emailVerifiedAt()),
        row.pendingEmailDigest() == null
            ? null
            : new PendingEmail(
                new EmailAddress(row.pendingEmail()),
                new TokenDigest(row.pendingEmailDigest()),
                row.pendingEmailExpiresAt()));
  }

  private static LastLogin login(Instant at, String address) {
    return at == null ? null : new LastLogin(at, address == null ? "" : address);
  }
}
