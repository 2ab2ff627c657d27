package dev.authdash.core.model;

import java.time.Instant;

/** A freshly issued reset link: the token to show once, for whom, and until when. */
public record ResetLink(ResetToken token, Username username, Instant expiresAt) {}
