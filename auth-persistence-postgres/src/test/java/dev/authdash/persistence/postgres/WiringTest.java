package dev.authdash.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.authdash.core.error.StoreUnavailableException;
import dev.authdash.core.port.out.AuditLog;
import dev.authdash.core.port.out.PasswordResetStore;
import dev.authdash.core.port.out.UnitOfWork;
import dev.authdash.core.port.out.UserRepository;
import dev.authdash.core.testing.TestUsers;
import io.micronaut.context.ApplicationContext;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an application gets from this jar: the four adapters with {@code auth.db.url}, else none.
 */
class WiringTest {
  @RegisterExtension static final FreshPostgres DB = new FreshPostgres();

  @Test
  void anAppWithTheUrl_getsThePostgresAdapters() {
    assertThat(DB.bean(UserRepository.class)).isInstanceOf(PostgresUserRepository.class);
    assertThat(DB.bean(UnitOfWork.class)).isInstanceOf(PostgresUnitOfWork.class);
    assertThat(DB.bean(AuditLog.class)).isInstanceOf(PostgresAuditLog.class);
    assertThat(DB.bean(PasswordResetStore.class)).isInstanceOf(PostgresPasswordResetStore.class);
  }

  @Test
  void anAppWithoutTheUrl_getsNoneOfThem_andTheSqliteAdaptersStayTheDefault(@TempDir Path dir) {
    try (ApplicationContext context =
        ApplicationContext.run(Map.of("auth.db.path", dir.resolve("auth.db").toString()))) {
      assertThat(context.findBean(PostgresSettings.class)).isEmpty();
      assertThat(context.getBean(UserRepository.class).getClass().getSimpleName())
          .isEqualTo("SqliteUserRepository");
    }
  }

  @Test
  void usersOutliveTheContext_andTwoContextsSeeTheSameUsers() {
    try (PostgresTestDatabase a = PostgresTestDatabase.open(DB.database());
        PostgresTestDatabase b = PostgresTestDatabase.open(DB.database())) {
      a.bean(UserRepository.class).add(TestUsers.user("alice"));
      assertThat(b.bean(UserRepository.class).count()).isEqualTo(1);
    }
    assertThat(DB.bean(UserRepository.class).count()).isEqualTo(1);
  }

  @Test
  void aServerThatDoesNotAnswer_failsTheStartWithStoreUnavailable_quickly() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    long started = System.nanoTime();
    try (ApplicationContext context =
        ApplicationContext.run(
            Map.of("auth.db.url", "postgresql://postgres@127.0.0.1:" + port + "/nothing"))) {
      Throwable thrown = catchThrowable(() -> context.getBean(UserRepository.class).count());
      List<Throwable> chain = new ArrayList<>();
      for (Throwable t = thrown; t != null; t = t.getCause()) {
        chain.add(t);
      }
      assertThat(chain).hasAtLeastOneElementOfType(StoreUnavailableException.class);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }
}
