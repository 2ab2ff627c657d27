package dev.authdash.core.service;

import static dev.authdash.core.testing.CoreFixture.CLIENT;
import static dev.authdash.core.testing.CoreFixture.OTHER_PASSWORD;
import static dev.authdash.core.testing.CoreFixture.PASSWORD;
import static dev.authdash.core.testing.CoreFixture.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.error.InvalidCredentialsException;
import dev.authdash.core.error.NotPermittedException;
import dev.authdash.core.error.PasswordRejectedException;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.SessionResolution;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.model.UserQuery;
import dev.authdash.core.port.in.ActOnUserCommand;
import dev.authdash.core.port.in.ChangePasswordCommand;
import dev.authdash.core.port.in.ChangeRoleCommand;
import dev.authdash.core.testing.CoreFixture;
import org.junit.jupiter.api.Test;

/** Role changes, deletion and password changes bite live sessions on their very next request. */
class LiveSessionsFollowChangesTest {
  private final CoreFixture f = new CoreFixture();
  private final SignedIn owner = f.owner();

  private Role roleSeenBy(SignedIn s) {
    return ((SessionResolution.Active) f.resolve(s)).user().role();
  }

  @Test
  void afterAPromotion_theUsersLiveSession_hasAdminRightsOnItsNextRequest() {
    SignedIn bob = f.register("bob");
    assertThat(roleSeenBy(bob)).isEqualTo(Role.USER);

    f.core.changeRole().changeRole(new ChangeRoleCommand(actor(owner), "bob", Role.ADMIN, CLIENT));

    assertThat(roleSeenBy(bob)).isEqualTo(Role.ADMIN);
    assertThat(
            f.core.listUsers().listUsers(actor(bob), UserQuery.all(PageRequest.first(10))).total())
        .isEqualTo(2);
  }

  @Test
  void afterADemotion_theLiveSessionLosesAdminRightsAtOnce() {
    SignedIn carol = f.secondAdmin(owner, "carol");
    assertThat(roleSeenBy(carol)).isEqualTo(Role.ADMIN);

    f.core.changeRole().changeRole(new ChangeRoleCommand(actor(owner), "carol", Role.USER, CLIENT));

    assertThat(roleSeenBy(carol)).isEqualTo(Role.USER);
    assertThatThrownBy(
            () -> f.core.listUsers().listUsers(actor(carol), UserQuery.all(PageRequest.first(10))))
        .isInstanceOf(NotPermittedException.class);
    assertThat(f.auditEvents())
        .anySatisfy(
            e -> {
              assertThat(e.type()).isEqualTo(AuditEventType.ROLE_CHANGED);
              assertThat(e.detail()).isEqualTo("ADMIN → USER");
            });
  }

  @Test
  void afterADeletion_theUsersSessionsAreDead() {
    SignedIn dave = f.register("dave");
    SignedIn daveElsewhere = f.login("dave", PASSWORD);

    f.core.deleteUser().deleteUser(new ActOnUserCommand(actor(owner), "dave", CLIENT));

    assertThat(f.resolve(dave)).isInstanceOf(SessionResolution.Missing.class);
    assertThat(f.resolve(daveElsewhere)).isInstanceOf(SessionResolution.Missing.class);
    assertThat(f.auditEvents()).anyMatch(e -> e.type() == AuditEventType.USER_DELETED);
  }

  @Test
  void aUserRegisteredAgainUnderADeletedName_doesNotInheritItsSessions() {
    SignedIn old = f.register("erin");
    f.core.deleteUser().deleteUser(new ActOnUserCommand(actor(owner), "erin", CLIENT));
    f.register("erin");

    assertThat(f.resolve(old)).isInstanceOf(SessionResolution.Missing.class);
  }

  @Test
  void afterAPasswordChange_everyOtherSessionOfTheUserIsDead_andThisOneLives() {
    SignedIn here = f.register("frank");
    SignedIn phone = f.login("frank", PASSWORD);
    SignedIn laptop = f.login("frank", PASSWORD);

    int ended = changePassword(here, PASSWORD, OTHER_PASSWORD);

    assertThat(ended).isEqualTo(2);
    assertThat(f.resolve(here)).isInstanceOf(SessionResolution.Active.class);
    assertThat(f.resolve(phone)).isInstanceOf(SessionResolution.Missing.class);
    assertThat(f.resolve(laptop)).isInstanceOf(SessionResolution.Missing.class);
    assertThat(f.core.resolveSession().whyEnded(phone.token()))
        .contains(dev.authdash.core.model.SessionEndReason.PASSWORD_CHANGED);
    assertThat(f.core.resolveSession().whyEnded(here.token())).isEmpty();
    assertThat(f.login("frank", OTHER_PASSWORD)).isNotNull();
    assertThatThrownBy(() -> f.login("frank", PASSWORD))
        .isInstanceOf(InvalidCredentialsException.class);
    assertThat(f.auditEvents()).anyMatch(e -> e.type() == AuditEventType.PASSWORD_CHANGED);
  }

  @Test
  void changingThePassword_needsTheCurrentOne_andANewOneThatMeetsThePolicy() {
    SignedIn s = f.register("grace");

    assertThatThrownBy(() -> changePassword(s, "not my password at all", OTHER_PASSWORD))
        .isInstanceOf(InvalidCredentialsException.class)
        .hasMessage("Current password is incorrect.");
    assertThatThrownBy(() -> changePassword(s, PASSWORD, "short"))
        .isInstanceOf(PasswordRejectedException.class);
    assertThat(f.login("grace", PASSWORD)).isNotNull();
  }

  private int changePassword(SignedIn session, String current, String next) {
    return f.core
        .changePassword()
        .changePassword(
            new ChangePasswordCommand(
                session.token(), Password.of(current), Password.of(next), CLIENT));
  }
}
