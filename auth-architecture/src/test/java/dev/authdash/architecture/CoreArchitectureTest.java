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

@AnalyzeClasses(
    packages = "dev.authdash.core",
    importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

  @ArchTest
  static final ArchRule core_is_framework_free = CoreArchitectureRules.CORE_IS_FRAMEWORK_FREE;

  @ArchTest
  static final ArchRule spring_crypto_and_bouncycastle_stay_in_the_crypto_package =
      CoreArchitectureRules.SPRING_CRYPTO_STAYS_IN_CRYPTO;

  @ArchTest
  static final ArchRule the_strength_library_stays_in_its_package =
      CoreArchitectureRules.STRENGTH_LIBRARY_STAYS_IN_ITS_PACKAGE;

  @ArchTest
  static final ArchRule ports_do_not_see_services_or_adapters =
      CoreArchitectureRules.PORTS_DO_NOT_SEE_SERVICES_OR_ADAPTERS;

  @ArchTest
  static final ArchRule the_model_is_the_innermost_ring =
      CoreArchitectureRules.MODEL_DEPENDS_ON_NOTHING_BUT_ITSELF_AND_ERRORS;

  @ArchTest
  static final ArchRule services_use_ports_not_adapters =
      CoreArchitectureRules.SERVICES_USE_PORTS_NOT_ADAPTERS;

  @ArchTest static final ArchRule no_package_cycles = CoreArchitectureRules.NO_PACKAGE_CYCLES;

  /** A rule over a package that does not exist passes and guards nothing: check they all exist. */
  @Test
  void everyPackageTheRulesNameExists_andHoldsClasses() {
    JavaClasses core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.authdash.core");
    for (String pkg :
        List.of(
            "dev.authdash.core.model",
            "dev.authdash.core.error",
            "dev.authdash.core.port.in",
            "dev.authdash.core.port.out",
            "dev.authdash.core.service",
            "dev.authdash.core.policy",
            "dev.authdash.core.policy.strength",
            "dev.authdash.core.crypto",
            "dev.authdash.core.adapter.memory",
            "dev.authdash.core.config")) {
      assertThat(core.stream().filter(c -> c.getPackageName().equals(pkg)).count())
          .as("classes in %s", pkg)
          .isPositive();
    }
  }
}
