package dev.authdash.core.service;

import static dev.authdash.core.testing.CoreFixture.CLIENT;
import static dev.authdash.core.testing.CoreFixture.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.error.PasswordRejectedException;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.FirstAdmin;
import dev.authdash.core.model.Page;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.testing.CoreFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class BootstrapAndAuditTest {
  private final CoreFixture f = new CoreFixture();

  @Test
  void onFirstStart_withNoPasswordConfigured_aStrongOneIsGeneratedAndHandedBackOnce() {
    FirstAdmin first = f.core.bootstrapAdmin().ensureFirstAdmin(Optional.empty()).orElseThrow();

    String generated = first.generatedPassword().orElseThrow().reveal();
    assertThat(generated).hasSize(20);
    assertThat(first.user().owner()).isTrue();
    assertThat(f.login("admin", generated).user().isAdmin()).isTrue();
    assertThat(f.stored("admin").passwordHash()).doesNotContain(generated);
  }

  @Test
  void onFirstStart_theConfiguredPasswordIsUsed_ifItMeetsThePolicy() {
    assertThatThrownBy(
            () -> f.core.bootstrapAdmin().ensureFirstAdmin(Optional.of(Password.of("admin"))))
        .isInstanceOf(PasswordRejectedException.class);

    FirstAdmin first =
        f.core
            .bootstrapAdmin()
            .ensureFirstAdmin(Optional.of(Password.of(CoreFixture.OWNER_PASSWORD)))
            .orElseThrow();
    assertThat(first.generatedPassword()).isEmpty();
    assertThat(f.login("admin", CoreFixture.OWNER_PASSWORD)).isNotNull();
  }

  @Test
  void whenUsersExist_bootstrapDoesNothing() {
    f.register("alice");

    assertThat(f.core.bootstrapAdmin().ensureFirstAdmin(Optional.empty())).isEmpty();
    assertThat(f.users.count()).isEqualTo(1);
  }

  @Test
  void concurrentFirstStarts_createOneOwner() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Optional<FirstAdmin>>> results = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Callable<Optional<FirstAdmin>> start =
          () -> f.core.bootstrapAdmin().ensureFirstAdmin(Optional.empty());
      results.add(pool.submit(start));
    }
    int created = 0;
    for (Future<Optional<FirstAdmin>> r : results) {
      created += r.get().isPresent() ? 1 : 0;
    }
    pool.shutdown();

    assertThat(created).isEqualTo(1);
    assertThat(f.users.count()).isEqualTo(1);
  }

  @Test
  void theAuditLog_recordsWhoDidWhatToWhomFromWhere_newestFirst_pagedAndFiltered() {
    SignedIn owner = f.owner();
    f.register("alice");

    Page<AuditEvent> page =
        f.core.readAuditLog().readAuditLog(actor(owner), AuditQuery.all(new PageRequest(1, 2)));
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items())
        .extracting(AuditEvent::type)
        .containsExactly(AuditEventType.REGISTERED, AuditEventType.LOGIN_SUCCEEDED);
    assertThat(page.items().get(0).address()).isEqualTo(CLIENT.address());
    assertThat(page.items().get(0).at()).isEqualTo(f.clock.instant());

    Page<AuditEvent> aboutAdmin =
        f.core
            .readAuditLog()
            .readAuditLog(
                actor(owner),
                new AuditQuery(
                    Optional.of("admin"),
                    Optional.empty(),
                    Optional.empty(),
                    PageRequest.first(10)));
    assertThat(aboutAdmin.items())
        .extracting(AuditEvent::type)
        .containsExactly(AuditEventType.LOGIN_SUCCEEDED, AuditEventType.USER_CREATED);
  }
}
