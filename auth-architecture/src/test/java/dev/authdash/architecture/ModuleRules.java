package dev.authdash.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** The rules between modules, apart from the test that runs them so each can be shown to fail. */
final class ModuleRules {
  static final String CORE = "dev.authdash.core..";
  static final String SQLITE = "dev.authdash.persistence.sqlite..";
  static final String POSTGRES = "dev.authdash.persistence.postgres..";
  static final String REDIS = "dev.authdash.session.redis..";
  static final String NATIVE = "dev.authdash.crypto.nativeargon2..";
  static final String MAIL = "dev.authdash.mail..";
  static final String WIRING = "dev.authdash.wiring..";
  static final String WEB = "dev.authdash.web..";
  static final String CLI = "dev.authdash.cli..";

  private ModuleRules() {}

  static final ArchRule CORE_SEES_NO_OUTER_MODULE =
      noClasses()
          .that()
          .resideInAPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(SQLITE, POSTGRES, REDIS, NATIVE, MAIL, WIRING, WEB, CLI)
          .because("arrows point inward: adapters and apps depend on the core, never the reverse");

  static final ArchRule SQLITE_SEES_NO_OTHER_ADAPTER =
      noClasses()
          .that()
          .resideInAPackage(SQLITE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(POSTGRES, REDIS, NATIVE, MAIL, WIRING, WEB, CLI)
          .because("an adapter depends on the core only");

  static final ArchRule POSTGRES_SEES_NO_OTHER_ADAPTER =
      noClasses()
          .that()
          .resideInAPackage(POSTGRES)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(SQLITE, REDIS, NATIVE, MAIL, WIRING, WEB, CLI)
          .because("an adapter depends on the core only");

  static final ArchRule REDIS_SEES_NO_OTHER_ADAPTER =
      noClasses()
          .that()
          .resideInAPackage(REDIS)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(SQLITE, POSTGRES, NATIVE, MAIL, WIRING, WEB, CLI)
          .because("an adapter depends on the core only");

  static final ArchRule NATIVE_SEES_NO_OTHER_ADAPTER =
      noClasses()
          .that()
          .resideInAPackage(NATIVE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(SQLITE, POSTGRES, REDIS, MAIL, WIRING, WEB, CLI)
          .because("an adapter depends on the core only");

  static final ArchRule MAIL_SEES_NO_OTHER_ADAPTER =
      noClasses()
          .that()
          .resideInAPackage(MAIL)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(SQLITE, POSTGRES, REDIS, NATIVE, WIRING, WEB, CLI)
          .because("an adapter depends on the core only");

  static final ArchRule JAKARTA_MAIL_STAYS_IN_THE_MAIL_ADAPTER =
      noClasses()
          .that()
          .resideOutsideOfPackage(MAIL)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.mail..", "org.eclipse.angus..", "io.micronaut.email..")
          .because("sending mail is one replaceable adapter; the core only queues it");

  static final ArchRule NOTHING_SEES_THE_APPS =
      noClasses()
          .that()
          .resideOutsideOfPackages(WEB, CLI)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(WEB, CLI)
          .because("the dashboard and the CLI are the outermost ring");

  static final ArchRule THE_APPS_DO_NOT_SEE_EACH_OTHER =
      noClasses()
          .that()
          .resideInAPackage(WEB)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(CLI)
          .because("web and CLI are siblings over the same wiring");

  static final ArchRule SQL_AND_DATA_ENTITIES_STAY_IN_THE_PERSISTENCE_ADAPTERS =
      noClasses()
          .that()
          .resideOutsideOfPackages(SQLITE, POSTGRES)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "java.sql..", "javax.sql..", "io.micronaut.data..", "org.flywaydb..", "com.zaxxer..")
          .orShould()
          .dependOnClassesThat()
          .areAnnotatedWith("io.micronaut.data.annotation.MappedEntity")
          .because("nothing outside the persistence adapters sees Micronaut Data entities or SQL");

  static final ArchRule THE_SQLITE_DRIVER_STAYS_IN_THE_SQLITE_ADAPTER =
      noClasses()
          .that()
          .resideOutsideOfPackage(SQLITE)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.sqlite..")
          .because("the users file is one replaceable adapter");

  static final ArchRule THE_POSTGRES_DRIVER_STAYS_IN_THE_POSTGRES_ADAPTER =
      noClasses()
          .that()
          .resideOutsideOfPackage(POSTGRES)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.postgresql..")
          .because("the users server is one replaceable adapter");

  static final ArchRule REDIS_CLIENT_STAYS_IN_THE_REDIS_ADAPTER =
      noClasses()
          .that()
          .resideOutsideOfPackage(REDIS)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.lettuce..", "io.micronaut.configuration.lettuce..")
          .because("sessions in Redis are one replaceable adapter");

  static final ArchRule WEB_TYPES_STAY_IN_THE_DASHBOARD =
      noClasses()
          .that()
          .resideOutsideOfPackage(WEB)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.micronaut.http..",
              "io.micronaut.security..",
              "io.micronaut.views..",
              "org.thymeleaf..")
          .because("only the dashboard speaks HTTP");

  static final ArchRule THE_WEBAUTHN_LIBRARY_STAYS_IN_THE_RELYING_PARTY =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.authdash.web.passkey..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.yubico..")
          .because("passkeys' relying party is one adapter place; the core sees only its results");

  static final ArchRule PICOCLI_STAYS_IN_THE_CLI =
      noClasses()
          .that()
          .resideOutsideOfPackage(CLI)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("picocli..")
          .because("only the CLI parses command lines");
}
