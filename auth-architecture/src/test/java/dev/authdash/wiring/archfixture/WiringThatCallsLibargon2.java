package dev.authdash.wiring.archfixture;

/**
 * Deliberate violation (test fixture): the wiring calling argon2-jvm itself instead of choosing the
 * native hasher's adapter.
 */
public final class WiringThatCallsLibargon2 {
  public de.mkammerer.argon2.Argon2 argon2;
}
