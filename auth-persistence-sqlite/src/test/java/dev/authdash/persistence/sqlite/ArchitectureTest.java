package dev.authdash.persistence.sqlite;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import org.junit.jupiter.api.Test;

/**
 * The adapter keeps its rows, repositories and SQL to itself. "Outside" here is every other
 * dev.authdash class on this module's classpath (auth-core); web and CLI are checked by their own
 * modules' rules.
 */
@AnalyzeClasses(
    packages = "dev.authdash",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {
  private static final String ADAPTER = "dev.authdash.persistence.sqlite";

  /** Leaves out test code on the classpath: test-jars (fixtures) and auth-test-kit (contracts). */
  static final class NoTestJars implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("-tests.jar") && !location.contains("auth-test-kit");
    }
  }

  @ArchTest
  static final ArchRule rows_and_repositories_are_package_private =
      classes()
          .that()
          .areAnnotatedWith(MappedEntity.class)
          .or()
          .areAnnotatedWith(JdbcRepository.class)
          .should()
          .notBePublic()
          .andShould()
          .resideInAPackage(ADAPTER)
          .because("Micronaut Data rows and repositories are adapter-private types");

  @ArchTest
  static final ArchRule nothing_outside_the_adapter_sees_sql_or_micronaut_data =
      noClasses()
          .that()
          .resideOutsideOfPackage(ADAPTER)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "javax.sql..", "io.micronaut.data..", "org.sqlite..")
          .orShould()
          .dependOnClassesThat()
          .areAnnotatedWith(MappedEntity.class)
          .because("SQL and persistence types stay inside the SQLite adapter");

  @ArchTest
  static final ArchRule the_adapter_uses_the_core_only_through_its_ports_and_model =
      noClasses()
          .that()
          .resideInAPackage(ADAPTER)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.authdash.core.service..", "dev.authdash.core.adapter..")
          .because("adapters implement ports; they never call services or other adapters");

  @ArchTest
  static final ArchRule the_public_adapters_implement_a_core_port =
      classes()
          .that()
          .resideInAPackage(ADAPTER)
          .and()
          .arePublic()
          .and()
          .haveSimpleNameStartingWith("Sqlite")
          .and()
          .haveSimpleNameNotEndingWith("Factory")
          .and()
          .haveSimpleNameNotEndingWith("Settings")
          .should()
          .implement(
              com.tngtech.archunit.base.DescribedPredicate.describe(
                  "a port of dev.authdash.core.port.out",
                  (com.tngtech.archunit.core.domain.JavaClass c) ->
                      c.getPackageName().equals("dev.authdash.core.port.out")));

  @Test
  void theRulesGuardRealClasses() {
    JavaClasses imported =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(new NoTestJars())
            .importPackages("dev.authdash");
    assertThat(imported.stream().filter(c -> c.getPackageName().equals(ADAPTER)))
        .extracting(c -> c.getSimpleName())
        .contains("UserRow", "AuditEventRow", "UserRowRepository", "SqliteUserRepository");
    assertThat(imported.stream().filter(c -> c.getPackageName().startsWith("dev.authdash.core")))
        .isNotEmpty();
  }
}
