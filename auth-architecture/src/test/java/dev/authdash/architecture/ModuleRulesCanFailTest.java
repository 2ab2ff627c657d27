package dev.authdash.architecture;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.authdash.architecture.ModuleRules.Adapter;
import dev.authdash.cli.archfixture.CommandThatAnswersHttp;
import dev.authdash.core.service.archfixture.CoreServiceThatSendsMailItself;
import dev.authdash.crypto.nativeargon2.archfixture.NativeHasherThatUsesSqlite;
import dev.authdash.mail.smtp.archfixture.MailAdapterThatUsesSqlite;
import dev.authdash.persistence.postgres.archfixture.PostgresAdapterThatUsesSqlite;
import dev.authdash.persistence.sqlite.archfixture.AdapterThatUsesRedisAndTheWeb;
import dev.authdash.session.redis.archfixture.RedisAdapterThatUsesPostgres;
import dev.authdash.web.archfixture.ControllerThatRunsSql;
import dev.authdash.web.archfixture.ControllerThatTakesTheWholeCore;
import dev.authdash.web.archfixture.PageThatRunsACliCommand;
import dev.authdash.wiring.archfixture.WiringThatCallsLibargon2;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each module rule, over a deliberately broken class, reports the violation: every rule written in
 * {@link ModuleRules} and, for every row of its adapter table, each rule made from that row. A rule
 * or an adapter without a broken class here fails this test.
 */
class ModuleRulesCanFailTest {

  /** For each adapter, a class in it that reaches another adapter, the wiring or an app. */
  private static final Map<Adapter, Class<?>> REACHES_BEYOND_THE_CORE =
      Map.of(
          Adapter.SQLITE, AdapterThatUsesRedisAndTheWeb.class,
          Adapter.POSTGRES, PostgresAdapterThatUsesSqlite.class,
          Adapter.REDIS, RedisAdapterThatUsesPostgres.class,
          Adapter.NATIVE_HASHER, NativeHasherThatUsesSqlite.class,
          Adapter.MAIL, MailAdapterThatUsesSqlite.class);

  /** For each adapter, a class outside it that uses one of its libraries. */
  private static final Map<Adapter, Class<?>> USES_ITS_LIBRARY_ELSEWHERE =
      Map.of(
          Adapter.SQLITE, ControllerThatRunsSql.class,
          Adapter.POSTGRES, ControllerThatRunsSql.class,
          Adapter.REDIS, ControllerThatRunsSql.class,
          Adapter.NATIVE_HASHER, WiringThatCallsLibargon2.class,
          Adapter.MAIL, CoreServiceThatSendsMailItself.class);

  /** For each rule written in {@link ModuleRules}, a class that breaks it. */
  private static final Map<ArchRule, Class<?>> BREAKS = new IdentityHashMap<>();

  static {
    BREAKS.putAll(
        Map.ofEntries(
            entry(ModuleRules.CORE_SEES_NO_OUTER_MODULE, CoreServiceThatSendsMailItself.class),
            entry(ModuleRules.NOTHING_SEES_THE_APPS, AdapterThatUsesRedisAndTheWeb.class),
            entry(ModuleRules.THE_WEB_DOES_NOT_SEE_THE_CLI, PageThatRunsACliCommand.class),
            entry(ModuleRules.THE_CLI_DOES_NOT_SEE_THE_WEB, CommandThatAnswersHttp.class),
            entry(
                ModuleRules.THE_WEB_TAKES_USE_CASES_NOT_THE_WHOLE_CORE,
                ControllerThatTakesTheWholeCore.class),
            entry(
                ModuleRules.SQL_AND_DATA_ENTITIES_STAY_IN_THE_PERSISTENCE_ADAPTERS,
                ControllerThatRunsSql.class),
            entry(ModuleRules.WEB_TYPES_STAY_IN_THE_DASHBOARD, CommandThatAnswersHttp.class),
            entry(
                ModuleRules.THE_WEBAUTHN_LIBRARY_STAYS_IN_THE_RELYING_PARTY,
                ControllerThatRunsSql.class),
            entry(ModuleRules.PICOCLI_STAYS_IN_THE_CLI, ControllerThatRunsSql.class)));
  }

  private static boolean violated(ArchRule rule, Class<?> broken) {
    return rule.evaluate(new ClassFileImporter().importClasses(broken)).hasViolation();
  }

  static Stream<Arguments> everyRuleWrittenInModuleRules() {
    return Arrays.stream(ModuleRules.class.getDeclaredFields())
        .filter(field -> field.getType() == ArchRule.class)
        .map(field -> Arguments.of(field.getName(), valueOf(field)));
  }

  private static Object valueOf(Field field) {
    try {
      return field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(field.getName(), e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyRuleWrittenInModuleRules")
  void everyWrittenRule_reportsItsBrokenClass(String name, ArchRule rule) {
    assertThat(BREAKS).as("a broken class for %s", name).containsKey(rule);
    assertThat(violated(rule, BREAKS.get(rule))).as(name).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Adapter.class)
  void anAdapterThatReachesBeyondTheCore_isCaught(Adapter adapter) {
    assertThat(REACHES_BEYOND_THE_CORE).as("a broken class in %s", adapter).containsKey(adapter);
    assertThat(violated(ModuleRules.seesOnlyTheCore(adapter), REACHES_BEYOND_THE_CORE.get(adapter)))
        .isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Adapter.class)
  void anAdaptersLibraryUsedElsewhere_isCaught(Adapter adapter) {
    assertThat(USES_ITS_LIBRARY_ELSEWHERE)
        .as("a broken class using the libraries of %s", adapter)
        .containsKey(adapter);
    assertThat(
            violated(
                ModuleRules.keepsItsLibraries(adapter), USES_ITS_LIBRARY_ELSEWHERE.get(adapter)))
        .isTrue();
  }
}
