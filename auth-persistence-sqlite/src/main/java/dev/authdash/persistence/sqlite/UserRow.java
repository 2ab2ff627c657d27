package dev.authdash.persistence.sqlite;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code users}, as Micronaut Data maps it. Instants are microseconds since the epoch.
 * Adapter-private: the core sees {@link dev.authdash.core.model.User} only.
 */
@MappedEntity("users")
record UserRow(
    @Id String id,
    String username,
    String passwordHash,
    String role,
    boolean owner,
    long createdAt,
    @Nullable Long lastLoginAt,
    @Nullable String lastLoginAddress,
    @Nullable Long previousLoginAt,
    @Nullable String previousLoginAddress,
    @Nullable String email,
    @Nullable Long emailVerifiedAt,
    @Nullable String pendingEmail,
    @Nullable String pendingEmailDigest,
    @Nullable Long pendingEmailExpiresAt) {}
