package dev.authdash.crypto.violations;

import de.mkammerer.argon2.Argon2Factory;

/** Deliberate violation: argon2-jvm outside its package, to show the rule catches it. */
public final class UsesArgon2Directly {
  private UsesArgon2Directly() {}

  public static Object argon2() {
    return Argon2Factory.create();
  }
}
