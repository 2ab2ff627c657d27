package dev.authdash.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.Page;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.port.out.AuditLog;
import dev.authdash.core.testing.TestUsers;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} must do. */
public abstract class AuditLogContractTest {

  /** An empty log; called once per test. */
  protected abstract AuditLog log();

  private static AuditEvent event(Instant at, AuditEventType type, String actor, String target) {
    return new AuditEvent(at, type, actor, target, "192.0.2.1", "detail of " + type);
  }

  @Test
  void events_comeBackNewestFirst_withEveryField() {
    Instant t = TestUsers.now();
    AuditEvent first = event(t, AuditEventType.REGISTERED, "alice", "alice");
    AuditEvent second = event(t.plusSeconds(1), AuditEventType.LOGIN_SUCCEEDED, "alice", "alice");
    log().append(first);
    log().append(second);

    assertThat(log().find(AuditQuery.all(PageRequest.first(10))).items())
        .containsExactly(second, first);
  }

  @Test
  void eventsAtTheSameInstant_comeBackNewestAppendedFirst() {
    Instant t = TestUsers.now();
    AuditEvent a = event(t, AuditEventType.LOGIN_FAILED, "x", "");
    AuditEvent b = event(t, AuditEventType.LOCKED, "system", "x");
    log().append(a);
    log().append(b);

    assertThat(log().find(AuditQuery.all(PageRequest.first(10))).items()).containsExactly(b, a);
  }

  @Test
  void pages_haveAnExactTotal() {
    Instant t = TestUsers.now();
    for (int i = 0; i < 7; i++) {
      log().append(event(t.plusSeconds(i), AuditEventType.LOGIN_FAILED, "u" + i, ""));
    }

    Page<AuditEvent> second = log().find(AuditQuery.all(new PageRequest(2, 3)));

    assertThat(second.total()).isEqualTo(7);
    assertThat(second.items()).extracting(AuditEvent::actor).containsExactly("u3", "u2", "u1");
  }

  @Test
  void filters_byUsernameAsActorOrTarget_byType_andSince() {
    Instant t = TestUsers.now();
    log().append(event(t, AuditEventType.REGISTERED, "bob", "bob"));
    log().append(event(t.plusSeconds(1), AuditEventType.ROLE_CHANGED, "admin", "bob"));
    log().append(event(t.plusSeconds(2), AuditEventType.USER_CREATED, "bob", "carol"));
    log().append(event(t.plusSeconds(3), AuditEventType.LOGIN_SUCCEEDED, "carol", "carol"));

    assertThat(types(query(Optional.of("bob"), Optional.empty(), Optional.empty())))
        .containsExactly(
            AuditEventType.USER_CREATED, AuditEventType.ROLE_CHANGED, AuditEventType.REGISTERED);
    assertThat(
            types(
                query(
                    Optional.of("bob"),
                    Optional.of(AuditEventType.ROLE_CHANGED),
                    Optional.empty())))
        .containsExactly(AuditEventType.ROLE_CHANGED);
    assertThat(types(query(Optional.empty(), Optional.empty(), Optional.of(t.plusSeconds(2)))))
        .containsExactly(AuditEventType.LOGIN_SUCCEEDED, AuditEventType.USER_CREATED);
  }

  @Test
  void pruneBefore_removesOnlyOlderEvents() {
    Instant t = TestUsers.now();
    log().append(event(t.minusSeconds(100), AuditEventType.LOGIN_FAILED, "old", ""));
    log().append(event(t.minusSeconds(50), AuditEventType.LOGIN_FAILED, "old", ""));
    log().append(event(t, AuditEventType.LOGIN_FAILED, "new", ""));

    assertThat(log().pruneBefore(t.minusSeconds(10))).isEqualTo(2);
    assertThat(log().find(AuditQuery.all(PageRequest.first(10))).items())
        .extracting(AuditEvent::actor)
        .containsExactly("new");
  }

  private Page<AuditEvent> query(
      Optional<String> user, Optional<AuditEventType> type, Optional<Instant> since) {
    return log().find(new AuditQuery(user, type, since, PageRequest.first(50)));
  }

  private static List<AuditEventType> types(Page<AuditEvent> page) {
    return page.items().stream().map(AuditEvent::type).toList();
  }
}
