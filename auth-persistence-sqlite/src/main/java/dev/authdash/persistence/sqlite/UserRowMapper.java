package dev.authdash.persistence.sqlite;

import dev.authdash.core.model.LastLogin;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.User;
import dev.authdash.core.model.UserId;
import dev.authdash.core.model.Username;

/** Converts between the core's {@link User} and the adapter's {@link UserRow}. */
final class UserRowMapper {
  private UserRowMapper() {}

  static UserRow toRow(User user) {
    return new UserRow(
        user.id().toString(),
        user.username().value(),
        user.passwordHash(),
        user.role().name(),
        user.owner(),
        Micros.of(user.createdAt()),
        user.lastLoginIfAny().map(l -> Micros.of(l.at())).orElse(null),
        user.lastLoginIfAny().map(LastLogin::address).orElse(null),
        user.previousLoginIfAny().map(l -> Micros.of(l.at())).orElse(null),
        user.previousLoginIfAny().map(LastLogin::address).orElse(null));
  }

  static User toUser(UserRow row) {
    return User.restore(
        UserId.of(row.id()),
        new Username(row.username()),
        row.passwordHash(),
        Role.valueOf(row.role()),
        row.owner(),
        Micros.toInstant(row.createdAt()),
        login(row.lastLoginAt(), row.lastLoginAddress()),
        login(row.previousLoginAt(), row.previousLoginAddress()));
  }

  private static LastLogin login(Long at, String address) {
    return at == null ? null : new LastLogin(Micros.toInstant(at), address == null ? "" : address);
  }
}
