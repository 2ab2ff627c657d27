package dev.authdash.persistence.sqlite;

import dev.authdash.core.model.PasswordReset;
import dev.authdash.core.model.TokenDigest;
import dev.authdash.core.model.UserId;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code password_resets}; instants are microseconds since the epoch. Adapter-private. */
@MappedEntity("password_resets")
record PasswordResetRow(
    @Id String tokenDigest, String userId, String issuedBy, long createdAt, long expiresAt) {

  static PasswordResetRow of(PasswordReset reset) {
    return new PasswordResetRow(
        reset.tokenDigest().value(),
        reset.userId().toString(),
        reset.issuedBy(),
        Micros.of(reset.createdAt()),
        Micros.of(reset.expiresAt()));
  }

  PasswordReset toReset() {
    return new PasswordReset(
        new TokenDigest(tokenDigest),
        UserId.of(userId),
        issuedBy,
        Micros.toInstant(createdAt),
        Micros.toInstant(expiresAt));
  }
}
