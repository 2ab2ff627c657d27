package dev.authdash.crypto.nativeargon2.violations;

import dev.authdash.core.model.Username;

/** Deliberate violation: the native package reaching past the port into the core's model. */
public final class ReachesIntoTheCore {
  private ReachesIntoTheCore() {}

  public static Object username() {
    return Username.of("alice");
  }
}
