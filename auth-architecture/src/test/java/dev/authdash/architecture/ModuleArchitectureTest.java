package dev.authdash.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The modules' main classes, all on one classpath, held to the arrows of the README. */
@AnalyzeClasses(packages = "dev.authdash", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArchitectureTest {

  @ArchTest static final ArchRule core_sees_no_outer_module = ModuleRules.CORE_SEES_NO_OUTER_MODULE;

  /** One rule per row of {@link ModuleRules.Adapter}: the adapter depends on the core only. */
  @ArchTest
  static final ArchRule every_adapter_sees_only_the_core =
      ModuleRules.forEveryAdapter(ModuleRules::seesOnlyTheCore);

  /** One rule per row of {@link ModuleRules.Adapter}: its libraries are seen by it alone. */
  @ArchTest
  static final ArchRule every_adapter_keeps_its_libraries =
      ModuleRules.forEveryAdapter(ModuleRules::keepsItsLibraries);

  @ArchTest static final ArchRule nothing_sees_the_apps = ModuleRules.NOTHING_SEES_THE_APPS;

  @ArchTest
  static final ArchRule the_web_does_not_see_the_cli = ModuleRules.THE_WEB_DOES_NOT_SEE_THE_CLI;

  @ArchTest
  static final ArchRule the_cli_does_not_see_the_web = ModuleRules.THE_CLI_DOES_NOT_SEE_THE_WEB;

  @ArchTest
  static final ArchRule the_web_takes_use_cases_not_the_whole_core =
      ModuleRules.THE_WEB_TAKES_USE_CASES_NOT_THE_WHOLE_CORE;

  @ArchTest
  static final ArchRule sql_and_data_entities_stay_in_the_persistence_adapters =
      ModuleRules.SQL_AND_DATA_ENTITIES_STAY_IN_THE_PERSISTENCE_ADAPTERS;

  @ArchTest
  static final ArchRule web_types_stay_in_the_dashboard =
      ModuleRules.WEB_TYPES_STAY_IN_THE_DASHBOARD;

  @ArchTest static final ArchRule picocli_stays_in_the_cli = ModuleRules.PICOCLI_STAYS_IN_THE_CLI;

  @ArchTest
  static final ArchRule the_webauthn_library_stays_in_the_relying_party =
      ModuleRules.THE_WEBAUTHN_LIBRARY_STAYS_IN_THE_RELYING_PARTY;

  /** A rule written in {@link ModuleRules} but not listed above would guard nothing. */
  @Test
  void everyRuleOfModuleRules_isRunHere() throws IllegalAccessException {
    Set<Object> run = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Field field : ModuleArchitectureTest.class.getDeclaredFields()) {
      if (field.isAnnotationPresent(ArchTest.class)) {
        run.add(field.get(null));
      }
    }
    for (Field field : ModuleRules.class.getDeclaredFields()) {
      if (field.getType() == ArchRule.class) {
        assertThat(run.contains(field.get(null))).as("%s is run", field.getName()).isTrue();
      }
    }
  }

  /** A rule over a package that holds no class passes and guards nothing. */
  @Test
  void everyModulePackageTheRulesName_holdsClasses() {
    JavaClasses all =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.authdash");
    List<String> packages = new ArrayList<>();
    Arrays.stream(ModuleRules.Adapter.values()).forEach(a -> packages.add(a.packageName()));
    packages.addAll(
        List.of(
            "dev.authdash.core",
            "dev.authdash.mail.smtp",
            "dev.authdash.wiring",
            "dev.authdash.web",
            "dev.authdash.web.passkey",
            "dev.authdash.cli"));
    for (String pkg : packages) {
      assertThat(all.stream().filter(c -> c.getPackageName().startsWith(pkg)).count())
          .as("classes in %s", pkg)
          .isPositive();
    }
  }
}
