package dev.authdash.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** The rules between modules, apart from the test that runs them so each can be shown to fail. */
final class ModuleRules {
  static final String CORE = "dev.authdash.core..";
  static final String WIRING = "dev.authdash.wiring..";
  static final String WEB = "dev.authdash.web..";
  static final String CLI = "dev.authdash.cli..";

  /**
   * The adapter modules, one row each: the module's package, what it is, and the libraries that no
   * other module may see. The rules that keep adapters apart are made from this table ({@link
   * #seesOnlyTheCore}, {@link #keepsItsLibraries}); a new adapter is one more row here and its
   * broken classes in {@code ModuleRulesCanFailTest}.
   */
  enum Adapter {
    SQLITE("dev.authdash.persistence.sqlite..", "the users file", "org.sqlite.."),
    POSTGRES("dev.authdash.persistence.postgres..", "the users server", "org.postgresql.."),
    REDIS(
        "dev.authdash.session.redis..",
        "sessions in Redis",
        "io.lettuce..",
        "io.micronaut.configuration.lettuce.."),
    NATIVE_HASHER(
        "dev.authdash.crypto.nativeargon2..",
        "hashing on the native libargon2",
        "de.mkammerer.argon2..",
        "com.sun.jna.."),
    MAIL(
        "dev.authdash.mail..",
        "sending mail (the core only queues it)",
        "jakarta.mail..",
        "org.eclipse.angus..",
        "io.micronaut.email..");

    final String pkg;
    final String what;
    final List<String> libraries;

    Adapter(String pkg, String what, String... libraries) {
      this.pkg = pkg;
      this.what = what;
      this.libraries = List.of(libraries);
    }

    /** The package without its trailing {@code ..}. */
    String packageName() {
      return pkg.substring(0, pkg.length() - 2);
    }
  }

  private ModuleRules() {}

  /** The adapter depends on the core only: on no other adapter, nor the wiring or the apps. */
  static ArchRule seesOnlyTheCore(Adapter adapter) {
    return noClasses()
        .that()
        .resideInAPackage(adapter.pkg)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            packages(Arrays.stream(Adapter.values()).filter(a -> a != adapter), WIRING, WEB, CLI))
        .because("an adapter depends on the core only");
  }

  /** Nothing outside the adapter sees the libraries it is made of. */
  static ArchRule keepsItsLibraries(Adapter adapter) {
    return noClasses()
        .that()
        .resideOutsideOfPackage(adapter.pkg)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(adapter.libraries.toArray(String[]::new))
        .because(adapter.what + " is one replaceable adapter");
  }

  private static String[] packages(Stream<Adapter> adapters, String... more) {
    return Stream.concat(adapters.map(a -> a.pkg), Stream.of(more)).toArray(String[]::new);
  }

  /** One rule that holds {@code rule} for every row of the adapter table. */
  static ArchRule forEveryAdapter(Function<Adapter, ArchRule> rule) {
    return CompositeArchRule.of(Arrays.stream(Adapter.values()).map(rule).toList());
  }

  static final ArchRule CORE_SEES_NO_OUTER_MODULE =
      noClasses()
          .that()
          .resideInAPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(packages(Arrays.stream(Adapter.values()), WIRING, WEB, CLI))
          .because("arrows point inward: adapters and apps depend on the core, never the reverse");

  static final ArchRule NOTHING_SEES_THE_APPS =
      noClasses()
          .that()
          .resideOutsideOfPackages(WEB, CLI)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(WEB, CLI)
          .because("the dashboard and the CLI are the outermost ring");

  static final ArchRule THE_WEB_DOES_NOT_SEE_THE_CLI =
      noClasses()
          .that()
          .resideInAPackage(WEB)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(CLI)
          .because("web and CLI are siblings over the same wiring");

  static final ArchRule THE_CLI_DOES_NOT_SEE_THE_WEB =
      noClasses()
          .that()
          .resideInAPackage(CLI)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(WEB)
          .because("web and CLI are siblings over the same wiring (the CLI's pom has no auth-web)");

  static final ArchRule THE_WEB_TAKES_USE_CASES_NOT_THE_WHOLE_CORE =
      noClasses()
          .that()
          .resideInAPackage(WEB)
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("dev.authdash.core.AuthCore")
          .because(
              "a controller, filter or job names the use cases it calls (each is a bean of its"
                  + " own), so a test can replace one and a reader sees what a page can do");

  static final ArchRule SQL_AND_DATA_ENTITIES_STAY_IN_THE_PERSISTENCE_ADAPTERS =
      noClasses()
          .that()
          .resideOutsideOfPackages(Adapter.SQLITE.pkg, Adapter.POSTGRES.pkg)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "java.sql..", "javax.sql..", "io.micronaut.data..", "org.flywaydb..", "com.zaxxer..")
          .orShould()
          .dependOnClassesThat()
          .areAnnotatedWith("io.micronaut.data.annotation.MappedEntity")
          .because("nothing outside the persistence adapters sees Micronaut Data entities or SQL");

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
