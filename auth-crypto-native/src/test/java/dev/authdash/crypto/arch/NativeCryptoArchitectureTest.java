package dev.authdash.crypto.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.authdash.crypto.nativeargon2.violations.ReachesIntoTheCore;
import dev.authdash.crypto.violations.UsesArgon2Directly;
import org.junit.jupiter.api.Test;

/** Over this module and auth-core (on the class path), tests left out. */
@AnalyzeClasses(packages = "dev.authdash", importOptions = ImportOption.DoNotIncludeTests.class)
class NativeCryptoArchitectureTest {

  @ArchTest
  static final ArchRule argon2_jvm_and_jna_are_used_only_in_the_native_package =
      NativeCryptoArchitectureRules.ARGON2_JVM_STAYS_IN_ITS_PACKAGE;

  @ArchTest
  static final ArchRule the_native_encoder_sees_the_core_only_through_port_and_hasher =
      NativeCryptoArchitectureRules.NATIVE_ENCODER_USES_THE_CORE_ONLY_THROUGH_PORT_AND_HASHER;

  private static JavaClasses production() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.authdash");
  }

  /** A rule over classes that are not there guards nothing: the guarded and the guarding exist. */
  @Test
  void theNativePackageUsesArgon2Jvm_andTheCoreIsImportedToo() {
    JavaClasses classes = production();

    assertThat(classes.stream().map(JavaClass::getPackageName))
        .contains(NativeCryptoArchitectureRules.NATIVE_PACKAGE)
        .contains("dev.authdash.core.crypto", "dev.authdash.core.port.out", "dev.authdash.core");
    assertThat(
            classes.stream()
                .filter(
                    c -> c.getPackageName().equals(NativeCryptoArchitectureRules.NATIVE_PACKAGE))
                .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .map(Dependency::getTargetClass)
                .map(JavaClass::getPackageName))
        .contains("de.mkammerer.argon2", "com.sun.jna", "dev.authdash.core.crypto");
  }

  @Test
  void argon2JvmOutsideItsPackage_isCaught() {
    JavaClasses violator = new ClassFileImporter().importClasses(UsesArgon2Directly.class);

    assertThat(
            NativeCryptoArchitectureRules.ARGON2_JVM_STAYS_IN_ITS_PACKAGE
                .evaluate(violator)
                .hasViolation())
        .isTrue();
  }

  @Test
  void theNativeEncoderReachingIntoCoreServices_isCaught() {
    JavaClasses violator = new ClassFileImporter().importClasses(ReachesIntoTheCore.class);

    assertThat(
            NativeCryptoArchitectureRules.NATIVE_ENCODER_USES_THE_CORE_ONLY_THROUGH_PORT_AND_HASHER
                .evaluate(violator)
                .hasViolation())
        .isTrue();
  }
}
