package dev.authdash.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The modules' main classes, all on one classpath, held to the arrows of the README. */
@AnalyzeClasses(packages = "dev.authdash", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArchitectureTest {

  @ArchTest static final ArchRule core_sees_no_outer_module = ModuleRules.CORE_SEES_NO_OUTER_MODULE;

  @ArchTest
  static final ArchRule the_sqlite_adapter_sees_no_other_adapter =
      ModuleRules.SQLITE_SEES_NO_OTHER_ADAPTER;

  @ArchTest
  static final ArchRule the_postgres_adapter_sees_no_other_adapter =
      ModuleRules.POSTGRES_SEES_NO_OTHER_ADAPTER;

  @ArchTest
  static final ArchRule the_redis_adapter_sees_no_other_adapter =
      ModuleRules.REDIS_SEES_NO_OTHER_ADAPTER;

  @ArchTest
  static final ArchRule the_native_hasher_sees_no_other_adapter =
      ModuleRules.NATIVE_SEES_NO_OTHER_ADAPTER;

  @ArchTest
  static final ArchRule the_mail_adapter_sees_no_other_adapter =
      ModuleRules.MAIL_SEES_NO_OTHER_ADAPTER;

  @ArchTest
  static final ArchRule jakarta_mail_stays_in_the_mail_adapter =
      ModuleRules.JAKARTA_MAIL_STAYS_IN_THE_MAIL_ADAPTER;

  @ArchTest static final ArchRule nothing_sees_the_apps = ModuleRules.NOTHING_SEES_THE_APPS;

  @ArchTest
  static final ArchRule the_apps_do_not_see_each_other = ModuleRules.THE_APPS_DO_NOT_SEE_EACH_OTHER;

  @ArchTest
  static final ArchRule sql_and_data_entities_stay_in_the_persistence_adapters =
      ModuleRules.SQL_AND_DATA_ENTITIES_STAY_IN_THE_PERSISTENCE_ADAPTERS;

  @ArchTest
  static final ArchRule the_sqlite_driver_stays_in_the_sqlite_adapter =
      ModuleRules.THE_SQLITE_DRIVER_STAYS_IN_THE_SQLITE_ADAPTER;

  @ArchTest
  static final ArchRule the_postgres_driver_stays_in_the_postgres_adapter =
      ModuleRules.THE_POSTGRES_DRIVER_STAYS_IN_THE_POSTGRES_ADAPTER;

  @ArchTest
  static final ArchRule the_redis_client_stays_in_the_redis_adapter =
      ModuleRules.REDIS_CLIENT_STAYS_IN_THE_REDIS_ADAPTER;

  @ArchTest
  static final ArchRule web_types_stay_in_the_dashboard =
      ModuleRules.WEB_TYPES_STAY_IN_THE_DASHBOARD;

  @ArchTest static final ArchRule picocli_stays_in_the_cli = ModuleRules.PICOCLI_STAYS_IN_THE_CLI;

  @ArchTest
  static final ArchRule the_webauthn_library_stays_in_the_relying_party =
      ModuleRules.THE_WEBAUTHN_LIBRARY_STAYS_IN_THE_RELYING_PARTY;

  /** A rule over a package that holds no class passes and guards nothing. */
  @Test
  void everyModulePackageTheRulesName_holdsClasses() {
    JavaClasses all =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.authdash");
    for (String pkg :
        List.of(
            "dev.authdash.core",
            "dev.authdash.persistence.sqlite",
            "dev.authdash.persistence.postgres",
            "dev.authdash.session.redis",
            "dev.authdash.crypto.nativeargon2",
            "dev.authdash.mail.smtp",
            "dev.authdash.wiring",
            "dev.authdash.web",
            "dev.authdash.web.passkey",
            "dev.authdash.cli")) {
      assertThat(all.stream().filter(c -> c.getPackageName().startsWith(pkg)).count())
          .as("classes in %s", pkg)
          .isPositive();
    }
  }
}
