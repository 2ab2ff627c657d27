package dev.authdash.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.model.AuditCursor;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.Batch;
import dev.authdash.core.model.Page;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.port.out.AuditLog;
import dev.authdash.core.testing.TestUsers;
import java.time.Instant;
import java.util.ArrayList;
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

  // The export's walk: every batch a seek after the last key, never an offset. Whatever the batch
  // size and the filter, it visits what find lists, in find's order, each event once.
  @Test
  void aKeysetWalk_visitsWhatFindLists_inItsOrder_onceEach_forEveryFilterAndBatchSize() {
    Instant t = TestUsers.now();
    String[] names = {"bob", "carol", "dave"};
    AuditEventType[] types = {
      AuditEventType.LOGIN_FAILED, AuditEventType.LOGIN_SUCCEEDED, AuditEventType.ROLE_CHANGED
    };
    for (int i = 0; i < 40; i++) {
      // Runs of three events share an instant: the position breaks the tie.
      Instant at = t.plusSeconds(i / 3);
      String actor = names[i % 3];
      String target = i % 4 == 0 ? actor : names[(i + 1) % 3];
      log().append(event(at, types[i % 3], actor, target));
    }
    List<AuditQuery> filters =
        List.of(
            AuditQuery.all(PageRequest.first(100)),
            new AuditQuery(
                Optional.of("bob"), Optional.empty(), Optional.empty(), PageRequest.first(100)),
            new AuditQuery(
                Optional.of("carol"),
                Optional.of(AuditEventType.LOGIN_FAILED),
                Optional.empty(),
                PageRequest.first(100)),
            new AuditQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.of(t.plusSeconds(4)),
                PageRequest.first(100)),
            new AuditQuery(
                Optional.of("nobody"), Optional.empty(), Optional.empty(), PageRequest.first(100)));
    for (AuditQuery filter : filters) {
      List<AuditEvent> listed = log().find(filter).items();
      for (int limit : new int[] {1, 3, 7, 100}) {
        assertThat(walk(filter, limit)).as("%s by %d", filter, limit).isEqualTo(listed);
      }
    }
  }

  @Test
  void aKeysetWalk_endsWithABatchThatSaysNothingIsLeft() {
    Instant t = TestUsers.now();
    Batch<AuditEvent, AuditCursor> empty =
        log().findAfter(AuditQuery.all(PageRequest.first(1)), Optional.empty(), 5);
    assertThat(empty.items()).isEmpty();
    assertThat(empty.next()).isEmpty();

    log().append(event(t, AuditEventType.LOGIN_FAILED, "a", ""));
    log().append(event(t.plusSeconds(1), AuditEventType.LOGIN_FAILED, "b", ""));
    Batch<AuditEvent, AuditCursor> partial =
        log().findAfter(AuditQuery.all(PageRequest.first(1)), Optional.empty(), 5);
    assertThat(partial.items()).extracting(AuditEvent::actor).containsExactly("b", "a");
    assertThat(partial.next()).isEmpty();
  }

  @Test
  void eventsAppendedDuringAWalk_areNotVisited_andNoneTwice() {
    Instant t = TestUsers.now();
    for (int i = 0; i < 6; i++) {
      log().append(event(t.plusSeconds(i), AuditEventType.LOGIN_FAILED, "u" + i, ""));
    }
    AuditQuery all = AuditQuery.all(PageRequest.first(1));
    Batch<AuditEvent, AuditCursor> first = log().findAfter(all, Optional.empty(), 2);
    log().append(event(t.plusSeconds(60), AuditEventType.LOGIN_FAILED, "late", ""));
    List<String> visited = new ArrayList<>(first.items().stream().map(AuditEvent::actor).toList());
    Optional<AuditCursor> next = first.next();
    while (next.isPresent()) {
      Batch<AuditEvent, AuditCursor> batch = log().findAfter(all, next, 2);
      batch.items().forEach(e -> visited.add(e.actor()));
      next = batch.next();
    }

    assertThat(visited).containsExactly("u5", "u4", "u3", "u2", "u1", "u0");
  }

  private List<AuditEvent> walk(AuditQuery filter, int limit) {
    List<AuditEvent> visited = new ArrayList<>();
    Optional<AuditCursor> after = Optional.empty();
    do {
      Batch<AuditEvent, AuditCursor> batch = log().findAfter(filter, after, limit);
      assertThat(batch.items().size()).isLessThanOrEqualTo(limit);
      visited.addAll(batch.items());
      after = batch.next();
    } while (after.isPresent());
    return visited;
  }

  private Page<AuditEvent> query(
      Optional<String> user, Optional<AuditEventType> type, Optional<Instant> since) {
    return log().find(new AuditQuery(user, type, since, PageRequest.first(50)));
  }

  private static List<AuditEventType> types(Page<AuditEvent> page) {
    return page.items().stream().map(AuditEvent::type).toList();
  }
}
