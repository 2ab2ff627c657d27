package dev.authdash.core.model;

import java.time.Duration;

/** Time left on a session, read without extending it. */
public record SessionStatus(Duration idleRemaining, Duration absoluteRemaining) {}
