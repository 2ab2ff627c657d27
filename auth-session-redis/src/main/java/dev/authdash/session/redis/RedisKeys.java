package dev.authdash.session.redis;

import dev.authdash.core.model.TokenDigest;
import dev.authdash.core.model.UserId;

/**
 * The adapter's key layout under one prefix, so that one Redis can serve several deployments:
 *
 * <ul>
 *   <li>{@code <prefix>session:<token digest>}: hash of one session
 *   <li>{@code <prefix>user-sessions:<user id>}: sorted set of the user's session digests, scored
 *       by expiry
 *   <li>{@code <prefix>live-sessions}: sorted set of every session's digest, scored by expiry
 *   <li>{@code <prefix>session-end:<token digest>}: why that session was ended, for a while
 *   <li>{@code <prefix>attempts:<subject>}: hash of one login subject's failures and lock
 *   <li>{@code <prefix>locks}: sorted set of the locked subjects, scored by when the lock lifts
 *   <li>{@code <prefix>counter:<name>}: a windowed counter
 * </ul>
 */
final class RedisKeys {
  private final String prefix;

  RedisKeys(String prefix) {
    if (prefix == null || prefix.isBlank()) {
      throw new IllegalArgumentException("auth.session.redis.prefix must not be blank");
    }
    this.prefix = prefix;
  }

  String sessionPrefix() {
    return prefix + "session:";
  }

  String userSessionsPrefix() {
    return prefix + "user-sessions:";
  }

  String allSessions() {
    return prefix + "live-sessions";
  }

  String session(TokenDigest digest) {
    return sessionPrefix() + digest.value();
  }

  String userSessions(UserId user) {
    return userSessionsPrefix() + user.value();
  }

  String sessionEnd(TokenDigest digest) {
    return prefix + "session-end:" + digest.value();
  }

  String attempts(String subject) {
    return prefix + "attempts:" + subject;
  }

  String locks() {
    return prefix + "locks";
  }

  String counter(String name) {
    return prefix + "counter:" + name;
  }
}
