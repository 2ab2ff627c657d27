package dev.authdash.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture of auth-core as rules. Kept apart from the test that runs them so that {@link
 * CoreRulesCanFailTest} can show each one catching a violation.
 */
final class CoreArchitectureRules {
  static final String CORE = "dev.authdash.core..";

  private CoreArchitectureRules() {}

  static final ArchRule CORE_IS_FRAMEWORK_FREE =
      noClasses()
          .that()
          .resideInAPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.micronaut..",
              "io.lettuce..",
              "redis..",
              "java.sql..",
              "javax.sql..",
              "jakarta..",
              "javax.servlet..",
              "picocli..",
              "org.thymeleaf..",
              "org.flywaydb..",
              "org.sqlite..")
          .because("auth-core is the pure-Java heart that other apps embed");

  static final ArchRule SPRING_CRYPTO_STAYS_IN_CRYPTO =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.authdash.core.crypto..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework..", "org.bouncycastle..")
          .because("password hashing is one replaceable adapter (see issue 8's native Argon2)");

  static final ArchRule STRENGTH_LIBRARY_STAYS_IN_ITS_PACKAGE =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.authdash.core.policy.strength..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("me.gosimple.nbvcxz..")
          .because("the strength estimator is one replaceable implementation");

  static final ArchRule PORTS_DO_NOT_SEE_SERVICES_OR_ADAPTERS =
      noClasses()
          .that()
          .resideInAPackage("dev.authdash.core.port..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.authdash.core.service..", "dev.authdash.core.adapter..")
          .because("ports are the contract; implementations depend on them, not the reverse");

  static final ArchRule MODEL_DEPENDS_ON_NOTHING_BUT_ITSELF_AND_ERRORS =
      noClasses()
          .that()
          .resideInAPackage("dev.authdash.core.model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.authdash.core.port..",
              "dev.authdash.core.service..",
              "dev.authdash.core.adapter..",
              "dev.authdash.core.policy..",
              "dev.authdash.core.crypto..")
          .because("the model is the innermost ring");

  static final ArchRule SERVICES_USE_PORTS_NOT_ADAPTERS =
      noClasses()
          .that()
          .resideInAPackage("dev.authdash.core.service..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.authdash.core.adapter..", "dev.authdash.core.crypto..")
          .because("services must run unchanged on SQLite, Redis or memory");

  static final ArchRule NO_PACKAGE_CYCLES =
      slices().matching("dev.authdash.core.(*)..").should().beFreeOfCycles();
}
