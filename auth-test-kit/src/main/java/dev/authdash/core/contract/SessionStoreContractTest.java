package dev.authdash.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.model.Session;
import dev.authdash.core.model.SessionEndReason;
import dev.authdash.core.model.SessionHandle;
import dev.authdash.core.model.SessionToken;
import dev.authdash.core.model.UserId;
import dev.authdash.core.port.out.SessionStore;
import dev.authdash.core.testing.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionStore} must do. Times are relative to the real clock, because a store
 * such as Redis expires entries by its own time.
 */
public abstract class SessionStoreContractTest {

  /** An empty store whose clock is the system clock; called once per test. */
  protected abstract SessionStore store();

  protected static Session session(UserId user, Instant created, Duration ttl) {
    return new Session(
        SessionHandle.random(),
        SessionToken.generate().digest(),
        user,
        created,
        created,
        created.plus(ttl),
        created.plus(Duration.ofHours(12)),
        "203.0.113.9",
        "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0");
  }

  protected static Session live(UserId user) {
    return session(user, TestUsers.now(), Duration.ofMinutes(10));
  }

  @Test
  void aCreatedSession_isFoundByTheDigestOfItsToken_withEveryField() {
    Session s = live(UserId.random());
    store().create(s);

    assertThat(store().find(s.tokenDigest())).contains(s);
  }

  @Test
  void anUnknownDigest_findsNothing() {
    assertThat(store().find(SessionToken.generate().digest())).isEmpty();
  }

  @Test
  void touch_movesLastSeenAndExpiry_andReturnsTheUpdatedSession() {
    Session s = live(UserId.random());
    store().create(s);
    Instant later = s.lastSeenAt().plusSeconds(30);

    Optional<Session> touched = store().touch(s.tokenDigest(), later, later.plusSeconds(600));

    Session expected = s.touched(later, later.plusSeconds(600));
    assertThat(touched).contains(expected);
    assertThat(store().find(s.tokenDigest())).contains(expected);
  }

  @Test
  void touchingAnUnknownSession_returnsEmptyAndCreatesNothing() {
    SessionToken token = SessionToken.generate();
    Instant now = TestUsers.now();

    assertThat(store().touch(token.digest(), now, now.plusSeconds(60))).isEmpty();
    assertThat(store().find(token.digest())).isEmpty();
  }

  @Test
  void findAndTouch_movesLastSeenAndIdleExpiry_andReturnsTheUpdatedSession() {
    Session s = live(UserId.random());
    store().create(s);
    Instant later = s.lastSeenAt().plusSeconds(30);

    Optional<Session> touched =
        store().findAndTouch(s.tokenDigest(), later, Duration.ofMinutes(10));

    Session expected = s.touched(later, later.plus(Duration.ofMinutes(10)));
    assertThat(touched).contains(expected);
    assertThat(store().find(s.tokenDigest())).contains(expected);
  }

  @Test
  void findAndTouch_neverExtendsASessionBeyondItsAbsoluteExpiry() {
    Session s = live(UserId.random());
    store().create(s);
    Instant later = s.lastSeenAt().plusSeconds(30);

    Optional<Session> touched = store().findAndTouch(s.tokenDigest(), later, Duration.ofDays(2));

    assertThat(touched).contains(s.touched(later, s.absoluteExpiresAt()));
  }

  @Test
  void findAndTouch_ofAnUnknownSession_returnsEmptyAndCreatesNothing() {
    SessionToken token = SessionToken.generate();

    assertThat(store().findAndTouch(token.digest(), TestUsers.now(), Duration.ofMinutes(10)))
        .isEmpty();
    assertThat(store().find(token.digest())).isEmpty();
  }

  @Test
  void findAndTouch_ofASessionPastItsExpiry_givesItBackAtMostAsItWas_untouched() {
    UserId alice = UserId.random();
    Instant now = TestUsers.now();
    Session dead = session(alice, now.minus(Duration.ofMinutes(20)), Duration.ofMinutes(10));
    store().create(dead);

    assertThat(store().findAndTouch(dead.tokenDigest(), now, Duration.ofMinutes(10)))
        .isIn(Optional.empty(), Optional.of(dead));
    assertThat(store().find(dead.tokenDigest())).isIn(Optional.empty(), Optional.of(dead));
  }

  @Test
  void delete_removesTheSession_once() {
    Session s = live(UserId.random());
    store().create(s);

    assertThat(store().delete(s.tokenDigest())).isTrue();
    assertThat(store().delete(s.tokenDigest())).isFalse();
    assertThat(store().find(s.tokenDigest())).isEmpty();
  }

  @Test
  void findByUser_listsOnlyThatUsersSessions_oldestFirst() {
    UserId alice = UserId.random();
    Instant now = TestUsers.now();
    Session newer = session(alice, now, Duration.ofMinutes(10));
    Session older = session(alice, now.minusSeconds(60), Duration.ofMinutes(10));
    store().create(newer);
    store().create(older);
    store().create(live(UserId.random()));

    assertThat(store().findByUser(alice)).containsExactly(older, newer);
    assertThat(store().countByUser(alice)).isEqualTo(2);
  }

  @Test
  void deleteByHandle_removesOnlyThatSessionOfThatUser() {
    UserId alice = UserId.random();
    UserId bob = UserId.random();
    Session a1 = live(alice);
    Session a2 = live(alice);
    store().create(a1);
    store().create(a2);

    assertThat(store().deleteByHandle(bob, a1.handle())).isFalse();
    assertThat(store().deleteByHandle(alice, a1.handle())).isTrue();
    assertThat(store().deleteByHandle(alice, a1.handle())).isFalse();
    assertThat(store().findByUser(alice)).containsExactly(a2);
    assertThat(store().find(a1.tokenDigest())).isEmpty();
  }

  @Test
  void deleteAllByUser_endsEverySessionOfTheUser_butTheOneKept() {
    UserId alice = UserId.random();
    Session keep = live(alice);
    store().create(keep);
    store().create(live(alice));
    store().create(live(alice));
    Session other = live(UserId.random());
    store().create(other);

    assertThat(store().deleteAllByUser(alice, Optional.of(keep.handle()))).isEqualTo(2);
    assertThat(store().findByUser(alice)).containsExactly(keep);
    assertThat(store().deleteAllByUser(alice, Optional.empty())).isEqualTo(1);
    assertThat(store().findByUser(alice)).isEmpty();
    assertThat(store().find(other.tokenDigest())).contains(other);
  }

  @Test
  void aSessionPastItsExpiry_isNeitherListedNorTouched_andFindGivesItBackAtMostAsItWas() {
    UserId alice = UserId.random();
    Instant now = TestUsers.now();
    Session dead = session(alice, now.minus(Duration.ofMinutes(20)), Duration.ofMinutes(10));
    store().create(dead);

    assertThat(store().find(dead.tokenDigest())).isIn(Optional.empty(), Optional.of(dead));
    assertThat(store().findByUser(alice)).isEmpty();
    assertThat(store().countByUser(alice)).isZero();
    assertThat(store().touch(dead.tokenDigest(), now, now.plusSeconds(600))).isEmpty();
  }

  @Test
  void countLive_countsTheLiveSessionsOfEveryUser_andNoLongerTheEndedOrExpired() {
    UserId alice = UserId.random();
    UserId bob = UserId.random();
    Session a1 = live(alice);
    Session a2 = live(alice);
    Session a3 = live(alice);
    store().create(a1);
    store().create(a2);
    store().create(a3);
    store().create(live(bob));
    store()
        .create(
            session(bob, TestUsers.now().minus(Duration.ofMinutes(20)), Duration.ofMinutes(10)));
    assertThat(store().countLive()).isEqualTo(4);

    store().delete(a1.tokenDigest());
    assertThat(store().countLive()).isEqualTo(3);
    store().deleteAllByUser(alice, Optional.of(a2.handle()));
    assertThat(store().countLive()).isEqualTo(2);
    Instant now = TestUsers.now();
    store().touch(a2.tokenDigest(), now, now.minusSeconds(1));
    assertThat(store().countLive()).isEqualTo(1);
  }

  @Test
  void manySessionsOfOneUser_areAllKept() {
    UserId alice = UserId.random();
    for (int i = 0; i < 25; i++) {
      store().create(live(alice));
    }

    assertThat(store().findByUser(alice)).hasSize(25);
  }

  /** The per-user cap ends the least recently used session: the listing must show each touch. */
  @Test
  void findByUser_showsWhenEachSessionWasLastUsed() {
    UserId alice = UserId.random();
    Session a = live(alice);
    Session b = live(alice);
    store().create(a);
    store().create(b);
    Instant later = a.lastSeenAt().plusSeconds(90);

    store().touch(a.tokenDigest(), later, later.plusSeconds(600));

    assertThat(store().findByUser(alice))
        .filteredOn(s -> s.handle().equals(a.handle()))
        .singleElement()
        .satisfies(s -> assertThat(s.lastSeenAt()).isEqualTo(later));
  }

  @Test
  void whyASessionEnded_isToldOnce_andReplacedByALaterNote() {
    SessionToken token = SessionToken.generate();
    Instant now = TestUsers.now();
    store().recordEnd(token.digest(), SessionEndReason.SIGNED_OUT_BY_ADMIN, now.plusSeconds(60));
    store().recordEnd(token.digest(), SessionEndReason.PASSWORD_CHANGED, now.plusSeconds(60));

    assertThat(store().takeEnd(token.digest())).contains(SessionEndReason.PASSWORD_CHANGED);
    assertThat(store().takeEnd(token.digest())).as("told once").isEmpty();
    assertThat(store().takeEnd(SessionToken.generate().digest())).isEmpty();
  }

  @Test
  void aNoteWhyASessionEnded_isForgottenWhenItsTimeIsUp() {
    SessionToken past = SessionToken.generate();
    store()
        .recordEnd(
            past.digest(), SessionEndReason.SIGNED_OUT_ELSEWHERE, TestUsers.now().minusSeconds(1));

    assertThat(store().takeEnd(past.digest())).isEmpty();
  }

  @Test
  void aNoteWhyASessionEnded_isNotASession() {
    Session s = live(UserId.random());
    store().create(s);
    store().delete(s.tokenDigest());
    store()
        .recordEnd(
            s.tokenDigest(),
            SessionEndReason.SIGNED_OUT_ELSEWHERE,
            TestUsers.now().plusSeconds(60));

    assertThat(store().find(s.tokenDigest())).isEmpty();
    assertThat(store().findByUser(s.userId())).isEmpty();
    assertThat(store().takeEnd(s.tokenDigest())).contains(SessionEndReason.SIGNED_OUT_ELSEWHERE);
  }
}
