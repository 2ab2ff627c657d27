package dev.authdash.persistence.postgres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code users}, as Micronaut Data maps it. Adapter-private: the core sees {@link
 * dev.authdash.core.model.User} only.
 */
@MappedEntity("users")
record UserRow(
    @Id UUID id,
    String username,
    String passwordHash,
    String role,
    boolean owner,
    Instant createdAt,
    @Nullable Instant lastLoginAt,
    @Nullable String lastLoginAddress,
    @Nullable Instant previousLoginAt,
    @Nullable String previousLoginAddress,
    @Nullable String email,
    @Nullable Instant emailVerifiedAt,
    @Nullable String pendingEmail,
    @Nullable String pendingEmailDigest,
    @Nullable Instant pendingEmailExpiresAt) {}
