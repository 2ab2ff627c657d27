package dev.authdash.crypto.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules of auth-crypto-native, apart from the test that runs them so each can be shown failing.
 */
final class NativeCryptoArchitectureRules {
  static final String NATIVE_PACKAGE = "dev.authdash.crypto.nativeargon2";

  private NativeCryptoArchitectureRules() {}

  static final ArchRule ARGON2_JVM_STAYS_IN_ITS_PACKAGE =
      noClasses()
          .that()
          .resideOutsideOfPackage(NATIVE_PACKAGE + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("de.mkammerer.argon2..", "com.sun.jna..")
          .because(
              "the native library is one replaceable encoder; everything else sees the core's"
                  + " PasswordHasher port");

  static final ArchRule NATIVE_ENCODER_USES_THE_CORE_ONLY_THROUGH_PORT_AND_HASHER =
      noClasses()
          .that()
          .resideInAPackage(NATIVE_PACKAGE + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.authdash.core.service..",
              "dev.authdash.core.adapter..",
              "dev.authdash.core.model..",
              "dev.authdash.core.policy..")
          .because("it is an adapter of the PasswordHasher port, nothing more");
}
