package dev.authdash.web;

import dev.authdash.core.crypto.SpringPasswordHasher;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.User;
import dev.authdash.core.model.Username;
import dev.authdash.core.port.out.UserRepository;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** Test accounts, stored directly with one precomputed hash so that few Argon2 runs are paid. */
final class Accounts {
  static final String PASSWORD = "violet kettle orbit lantern";

  /** A password to change to, as strong as {@link #PASSWORD}. */
  static final String NEW_PASSWORD = "amber falcon drifts over quiet meadows";

  static final String OWNER = "admin";
  static final String OWNER_PASSWORD = "quiet harbour under nine moons";
  private static final String HASH = new SpringPasswordHasher().hash(PASSWORD);
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private Accounts() {}

  /** A fresh, unique username with the given prefix. */
  static String unique(String prefix) {
    return prefix + COUNTER.incrementAndGet();
  }

  static String user(UserRepository users, String prefix) {
    return add(users, unique(prefix), Role.USER);
  }

  static String admin(UserRepository users, String prefix) {
    return add(users, unique(prefix), Role.ADMIN);
  }

  static String add(UserRepository users, String name, Role role) {
    users.add(User.register(Username.of(name), HASH, role, Instant.parse("2026-01-01T09:00:00Z")));
    return name;
  }

  static User stored(UserRepository users, String name) {
    return users.findByUsername(Username.of(name)).orElseThrow();
  }

  static int liveSessions(
      UserRepository users, dev.authdash.core.port.out.SessionStore sessions, String name) {
    return sessions.findByUser(stored(users, name).id()).size();
  }

  static boolean exists(UserRepository users, String name) {
    return users.findByUsername(Username.of(name)).isPresent();
  }
}
