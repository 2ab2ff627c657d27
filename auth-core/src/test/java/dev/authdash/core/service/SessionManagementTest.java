package dev.authdash.core.service;

import static dev.authdash.core.testing.CoreFixture.CLIENT;
import static dev.authdash.core.testing.CoreFixture.PASSWORD;
import static dev.authdash.core.testing.CoreFixture.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.error.NotPermittedException;
import dev.authdash.core.error.SessionNotFoundException;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.model.Session;
import dev.authdash.core.model.SessionEndReason;
import dev.authdash.core.model.SessionHandle;
import dev.authdash.core.model.SessionResolution;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.model.UserListing;
import dev.authdash.core.model.UserQuery;
import dev.authdash.core.port.in.ActOnUserCommand;
import dev.authdash.core.port.in.RevokeSessionCommand;
import dev.authdash.core.port.in.SessionCommand;
import dev.authdash.core.testing.CoreFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionManagementTest {
  private final CoreFixture f = new CoreFixture();
  private final SignedIn owner = f.owner();

  @Test
  void aUser_listsItsOwnLiveSessions_oldestFirst_withHandlesThatAreNotTokens() {
    SignedIn first = f.register("alice");
    f.clock.advance(java.time.Duration.ofSeconds(5));
    SignedIn second = f.login("alice", PASSWORD);

    List<Session> sessions = f.core.listSessions().listSessions(actor(first), "alice");

    assertThat(sessions)
        .extracting(Session::handle)
        .containsExactly(first.session().handle(), second.session().handle());
    assertThat(sessions)
        .allSatisfy(
            s ->
                assertThat(s.handle().value())
                    .isNotIn(first.token().reveal(), second.token().reveal()));
  }

  @Test
  void aUser_cannotListOrRevokeAnotherUsersSessions() {
    SignedIn alice = f.register("alice");
    SignedIn bob = f.register("bob");

    assertThatThrownBy(() -> f.core.listSessions().listSessions(actor(alice), "bob"))
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(
            () ->
                f.core
                    .revokeSessions()
                    .revokeSession(
                        new RevokeSessionCommand(
                            actor(alice), "bob", bob.session().handle(), CLIENT)))
        .isInstanceOf(NotPermittedException.class);
    assertThat(f.resolve(bob)).isInstanceOf(SessionResolution.Active.class);
  }

  @Test
  void revokingOneSessionByHandle_endsOnlyThatOne() {
    SignedIn phone = f.register("alice");
    SignedIn laptop = f.login("alice", PASSWORD);

    f.core
        .revokeSessions()
        .revokeSession(
            new RevokeSessionCommand(actor(laptop), "alice", phone.session().handle(), CLIENT));

    assertThat(f.resolve(phone)).isInstanceOf(SessionResolution.Missing.class);
    assertThat(f.resolve(laptop)).isInstanceOf(SessionResolution.Active.class);
    assertThatThrownBy(
            () ->
                f.core
                    .revokeSessions()
                    .revokeSession(
                        new RevokeSessionCommand(
                            actor(laptop), "alice", phone.session().handle(), CLIENT)))
        .isInstanceOf(SessionNotFoundException.class);
    assertThatThrownBy(
            () ->
                f.core
                    .revokeSessions()
                    .revokeSession(
                        new RevokeSessionCommand(
                            actor(laptop), "alice", SessionHandle.random(), CLIENT)))
        .isInstanceOf(SessionNotFoundException.class);
  }

  @Test
  void anAdmin_signsAUserOutEverywhere() {
    SignedIn a = f.register("alice");
    SignedIn b = f.login("alice", PASSWORD);

    int ended =
        f.core
            .revokeSessions()
            .revokeAllSessions(new ActOnUserCommand(actor(owner), "alice", CLIENT));

    assertThat(ended).isEqualTo(2);
    assertThat(f.resolve(a)).isInstanceOf(SessionResolution.Missing.class);
    assertThat(f.resolve(b)).isInstanceOf(SessionResolution.Missing.class);
    assertThat(f.auditEvents())
        .anySatisfy(
            e -> {
              assertThat(e.type()).isEqualTo(AuditEventType.SESSIONS_REVOKED);
              assertThat(e.actor()).isEqualTo("admin");
              assertThat(e.target()).isEqualTo("alice");
            });
  }

  @Test
  void revokeOthers_keepsOnlyTheCallersSession() {
    SignedIn here = f.register("alice");
    SignedIn there = f.login("alice", PASSWORD);
    SignedIn elsewhere = f.login("alice", PASSWORD);

    assertThat(
            f.core.revokeSessions().revokeOtherSessions(new SessionCommand(here.token(), CLIENT)))
        .isEqualTo(2);
    assertThat(f.resolve(here)).isInstanceOf(SessionResolution.Active.class);
    assertThat(f.resolve(there)).isInstanceOf(SessionResolution.Missing.class);
    assertThat(f.resolve(elsewhere)).isInstanceOf(SessionResolution.Missing.class);
  }

  @Test
  void theUserList_showsEachUsersLiveSessionCount() {
    f.register("alice");
    f.login("alice", PASSWORD);
    f.register("bob");

    List<UserListing> rows =
        f.core.listUsers().listUsers(actor(owner), UserQuery.all(PageRequest.first(10))).items();

    assertThat(rows)
        .extracting(r -> r.user().username().value() + "=" + r.activeSessions())
        .containsExactly("admin=1", "alice=2", "bob=1");
  }

  @Test
  void aSignInBeyondTheCap_endsTheLeastRecentlyUsedSession_andIsAudited() {
    CoreFixture capped =
        new CoreFixture(dev.authdash.core.config.AuthConfig.builder().sessionsPerUser(3).build());
    SignedIn phone = capped.register("alice");
    capped.clock.advance(java.time.Duration.ofSeconds(5));
    SignedIn laptop = capped.login("alice", PASSWORD);
    capped.clock.advance(java.time.Duration.ofSeconds(5));
    SignedIn tablet = capped.login("alice", PASSWORD);
    capped.clock.advance(java.time.Duration.ofSeconds(5));
    capped.resolve(phone);

    SignedIn fourth = capped.login("alice", PASSWORD);

    assertThat(capped.resolve(laptop)).isInstanceOf(SessionResolution.Missing.class);
    assertThat(capped.resolve(phone)).isInstanceOf(SessionResolution.Active.class);
    assertThat(capped.resolve(tablet)).isInstanceOf(SessionResolution.Active.class);
    assertThat(capped.resolve(fourth)).isInstanceOf(SessionResolution.Active.class);
    assertThat(capped.auditEvents())
        .filteredOn(e -> e.type() == AuditEventType.SESSIONS_REVOKED)
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("least recently used").contains("3"));
  }

  @Test
  void byDefault_twentySessionsPerUserAreKept() {
    f.register("bob");
    for (int i = 0; i < 21; i++) {
      f.login("bob", PASSWORD);
    }

    assertThat(f.sessions.findByUser(f.stored("bob").id())).hasSize(20);
  }

  @Test
  void aSessionEndedBySomeone_canTellItsBrowserWhy_once_untilTheIdleLimit() {
    SignedIn here = f.register("alice");
    SignedIn there = f.login("alice", PASSWORD);
    SignedIn third = f.login("alice", PASSWORD);
    SignedIn fourth = f.login("alice", PASSWORD);

    f.core
        .revokeSessions()
        .revokeSession(
            new RevokeSessionCommand(actor(here), "alice", there.session().handle(), CLIENT));
    f.core.revokeSessions().revokeAllSessions(new ActOnUserCommand(actor(owner), "alice", CLIENT));

    assertThat(f.core.resolveSession().whyEnded(there.token()))
        .contains(SessionEndReason.SIGNED_OUT_ELSEWHERE);
    assertThat(f.core.resolveSession().whyEnded(there.token())).as("once").isEmpty();
    assertThat(f.core.resolveSession().whyEnded(third.token()))
        .contains(SessionEndReason.SIGNED_OUT_BY_ADMIN);
    f.clock.advance(f.core.config().sessionIdleTimeout().plusSeconds(1));
    assertThat(f.core.resolveSession().whyEnded(fourth.token()))
        .as("forgotten after the idle limit")
        .isEmpty();
    assertThat(f.core.resolveSession().whyEnded(owner.token())).as("never ended").isEmpty();
  }
}
