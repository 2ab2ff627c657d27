package dev.authdash.core.service;

import static dev.authdash.core.testing.CoreFixture.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.error.NotPermittedException;
import dev.authdash.core.export.ExportFormat;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.model.User;
import dev.authdash.core.model.UserQuery;
import dev.authdash.core.testing.CoreFixture;
import dev.authdash.core.testing.TestUsers;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Exports: admins only, audited with their filter, every match in order across many batches. */
class ExportTest {
  private final CoreFixture f = new CoreFixture();

  private AuditEvent lastAudit() {
    return f.audit.find(AuditQuery.all(PageRequest.first(1))).items().get(0);
  }

  @Test
  void aUser_mayExportNeither_andNothingIsRecorded() {
    f.owner();
    SignedIn alice = f.register("alice");
    long before = f.audit.find(AuditQuery.all(PageRequest.first(1))).total();

    assertThatThrownBy(
            () ->
                f.core
                    .exportUsers()
                    .exportUsers(
                        actor(alice),
                        UserQuery.all(PageRequest.first(1)),
                        ExportFormat.CSV,
                        CoreFixture.CLIENT))
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(
            () ->
                f.core
                    .exportAuditLog()
                    .exportAuditLog(
                        actor(alice),
                        AuditQuery.all(PageRequest.first(1)),
                        ExportFormat.JSON,
                        CoreFixture.CLIENT))
        .isInstanceOf(NotPermittedException.class);
    assertThat(f.audit.find(AuditQuery.all(PageRequest.first(1))).total()).isEqualTo(before);
  }

  @Test
  void aUsersExport_isEveryMatchInUsernameOrder_acrossBatches_andIsAudited() {
    SignedIn owner = f.owner();
    for (int i = 0; i < 2 * ExportService.BATCH + 7; i++) {
      f.users.add(i % 3 == 0 ? TestUsers.admin("ma" + i) : TestUsers.user("ma" + i));
    }
    f.users.add(TestUsers.user("zed"));

    Stream<User> export =
        f.core
            .exportUsers()
            .exportUsers(
                actor(owner),
                new UserQuery(Optional.of(" MA "), Optional.of(Role.ADMIN), PageRequest.first(1)),
                ExportFormat.CSV,
                CoreFixture.CLIENT);
    AuditEvent recorded = lastAudit();
    List<String> names = export.map(u -> u.username().value()).toList();

    assertThat(names).hasSize((2 * ExportService.BATCH + 7 + 2) / 3).isSorted();
    assertThat(names).allMatch(n -> n.startsWith("ma"));
    assertThat(recorded.type()).isEqualTo(AuditEventType.USERS_EXPORTED);
    assertThat(recorded.actor()).isEqualTo("admin");
    assertThat(recorded.address()).isEqualTo(CoreFixture.CLIENT.address());
    assertThat(recorded.detail()).isEqualTo("CSV of users: search \"ma\", role ADMIN");
  }

  @Test
  void anAuditExport_isAuditedAboutTheFilteredUser_andListsWhatThePageWould() {
    f.owner();
    f.register("bob");
    f.register("carol");
    Actor cli = Actor.operator("cli:root");
    AuditQuery aboutBob =
        new AuditQuery(
            Optional.of("bob"), Optional.empty(), Optional.empty(), PageRequest.first(1));

    List<AuditEvent> exported =
        f.core
            .exportAuditLog()
            .exportAuditLog(cli, aboutBob, ExportFormat.JSON, CoreFixture.CLIENT)
            .toList();

    AuditEvent recorded = exported.get(0);
    assertThat(recorded.type()).isEqualTo(AuditEventType.AUDIT_EXPORTED);
    assertThat(recorded.actor()).isEqualTo("cli:root");
    assertThat(recorded.target()).isEqualTo("bob");
    assertThat(recorded.detail()).isEqualTo("JSON of audit events: user bob");
    assertThat(exported)
        .isEqualTo(
            f.audit
                .find(
                    new AuditQuery(
                        Optional.of("bob"),
                        Optional.empty(),
                        Optional.empty(),
                        PageRequest.first(100)))
                .items());
    assertThat(exported).allMatch(e -> e.actor().equals("bob") || e.target().equals("bob"));
  }
}
