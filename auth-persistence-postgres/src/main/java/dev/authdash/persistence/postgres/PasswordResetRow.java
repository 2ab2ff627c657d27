package dev.authdash.persistence.postgres;

import dev.authdash.core.model.PasswordReset;
import dev.authdash.core.model.TokenDigest;
import dev.authdash.core.model.UserId;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code password_resets}. Adapter-private. */
@MappedEntity("password_resets")
record PasswordResetRow(
    @Id String tokenDigest, UUID userId, String issuedBy, Instant createdAt, Instant expiresAt) {

  static PasswordResetRow of(PasswordReset reset) {
    return new PasswordResetRow(
        reset.tokenDigest().value(),
        reset.userId().value(),
        reset.issuedBy(),
        Timestamps.of(reset.createdAt()),
        Timestamps.of(reset.expiresAt()));
  }

  PasswordReset toReset() {
    return new PasswordReset(
        new TokenDigest(tokenDigest), new UserId(userId), issuedBy, createdAt, expiresAt);
  }
}
