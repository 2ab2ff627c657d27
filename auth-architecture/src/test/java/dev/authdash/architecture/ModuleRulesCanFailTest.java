package dev.authdash.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.authdash.core.service.archfixture.CoreServiceThatSendsMailItself;
import dev.authdash.mail.smtp.archfixture.MailAdapterThatUsesSqlite;
import dev.authdash.persistence.postgres.archfixture.PostgresAdapterThatUsesSqlite;
import dev.authdash.persistence.sqlite.archfixture.AdapterThatUsesRedisAndTheWeb;
import dev.authdash.web.archfixture.ControllerThatRunsSql;
import org.junit.jupiter.api.Test;

/** Each module rule, over a deliberately broken class, reports the violation. */
class ModuleRulesCanFailTest {

  private static boolean violated(ArchRule rule, Class<?> broken) {
    return rule.evaluate(new ClassFileImporter().importClasses(broken)).hasViolation();
  }

  @Test
  void anAdapterUsingAnotherAdapterOrTheWeb_isCaught() {
    assertThat(
            violated(ModuleRules.SQLITE_SEES_NO_OTHER_ADAPTER, AdapterThatUsesRedisAndTheWeb.class))
        .isTrue();
    assertThat(violated(ModuleRules.NOTHING_SEES_THE_APPS, AdapterThatUsesRedisAndTheWeb.class))
        .isTrue();
    assertThat(
            violated(
                ModuleRules.POSTGRES_SEES_NO_OTHER_ADAPTER, PostgresAdapterThatUsesSqlite.class))
        .isTrue();
    assertThat(violated(ModuleRules.MAIL_SEES_NO_OTHER_ADAPTER, MailAdapterThatUsesSqlite.class))
        .isTrue();
    assertThat(
            violated(ModuleRules.CORE_SEES_NO_OUTER_MODULE, CoreServiceThatSendsMailItself.class))
        .isTrue();
  }

  @Test
  void sqlRedisAndPicocliOutsideTheirModules_areCaught() {
    assertThat(
            violated(
                ModuleRules.SQL_AND_DATA_ENTITIES_STAY_IN_THE_PERSISTENCE_ADAPTERS,
                ControllerThatRunsSql.class))
        .isTrue();
    assertThat(
            violated(
                ModuleRules.THE_POSTGRES_DRIVER_STAYS_IN_THE_POSTGRES_ADAPTER,
                ControllerThatRunsSql.class))
        .isTrue();
    assertThat(
            violated(
                ModuleRules.THE_SQLITE_DRIVER_STAYS_IN_THE_SQLITE_ADAPTER,
                ControllerThatRunsSql.class))
        .isTrue();
    assertThat(violated(ModuleRules.PICOCLI_STAYS_IN_THE_CLI, ControllerThatRunsSql.class))
        .isTrue();
    assertThat(
            violated(
                ModuleRules.JAKARTA_MAIL_STAYS_IN_THE_MAIL_ADAPTER,
                CoreServiceThatSendsMailItself.class))
        .isTrue();
    assertThat(
            violated(
                ModuleRules.THE_WEBAUTHN_LIBRARY_STAYS_IN_THE_RELYING_PARTY,
                ControllerThatRunsSql.class))
        .isTrue();
    assertThat(
            violated(
                ModuleRules.REDIS_CLIENT_STAYS_IN_THE_REDIS_ADAPTER, ControllerThatRunsSql.class))
        .isTrue();
  }
}
