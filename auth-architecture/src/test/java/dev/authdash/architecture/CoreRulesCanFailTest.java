package dev.authdash.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.authdash.core.model.archfixture.ModelThatImportsSpring;
import dev.authdash.core.model.archfixture.ModelThatSeesAPort;
import dev.authdash.core.policy.archfixture.CycleA;
import dev.authdash.core.policy.archfixture.PolicyThatUsesNbvcxz;
import dev.authdash.core.port.out.archfixture.PortThatSeesAService;
import dev.authdash.core.service.archfixture.CycleB;
import dev.authdash.core.service.archfixture.ServiceThatUsesJdbcAndAnAdapter;
import org.junit.jupiter.api.Test;

/** Each architecture rule, run over a deliberately broken class, reports the violation. */
class CoreRulesCanFailTest {

  private static boolean violated(ArchRule rule, Class<?>... classes) {
    JavaClasses imported = new ClassFileImporter().importClasses(classes);
    return rule.evaluate(imported).hasViolation();
  }

  @Test
  void frameworkFreeRule_catchesJdbcInTheCore() {
    assertThat(
            violated(
                CoreArchitectureRules.CORE_IS_FRAMEWORK_FREE,
                ServiceThatUsesJdbcAndAnAdapter.class))
        .isTrue();
  }

  @Test
  void cryptoConfinementRule_catchesSpringOutsideCrypto() {
    assertThat(
            violated(
                CoreArchitectureRules.SPRING_CRYPTO_STAYS_IN_CRYPTO, ModelThatImportsSpring.class))
        .isTrue();
  }

  @Test
  void strengthConfinementRule_catchesNbvcxzOutsideItsPackage() {
    assertThat(
            violated(
                CoreArchitectureRules.STRENGTH_LIBRARY_STAYS_IN_ITS_PACKAGE,
                PolicyThatUsesNbvcxz.class))
        .isTrue();
  }

  @Test
  void portRule_catchesAPortThatSeesAService() {
    assertThat(
            violated(
                CoreArchitectureRules.PORTS_DO_NOT_SEE_SERVICES_OR_ADAPTERS,
                PortThatSeesAService.class))
        .isTrue();
  }

  @Test
  void modelRule_catchesTheModelReachingOutward() {
    assertThat(
            violated(
                CoreArchitectureRules.MODEL_DEPENDS_ON_NOTHING_BUT_ITSELF_AND_ERRORS,
                ModelThatSeesAPort.class))
        .isTrue();
  }

  @Test
  void serviceRule_catchesAServiceUsingAConcreteAdapter() {
    assertThat(
            violated(
                CoreArchitectureRules.SERVICES_USE_PORTS_NOT_ADAPTERS,
                ServiceThatUsesJdbcAndAnAdapter.class))
        .isTrue();
  }

  @Test
  void cycleRule_catchesACycleBetweenPackages() {
    assertThat(violated(CoreArchitectureRules.NO_PACKAGE_CYCLES, CycleA.class, CycleB.class))
        .isTrue();
  }
}
