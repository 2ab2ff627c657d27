package dev.authdash.core.service;

import static dev.authdash.core.testing.CoreFixture.CLIENT;
import static dev.authdash.core.testing.CoreFixture.OTHER_PASSWORD;
import static dev.authdash.core.testing.CoreFixture.PASSWORD;
import static dev.authdash.core.testing.CoreFixture.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.error.InvalidCredentialsException;
import dev.authdash.core.error.InvalidInputException;
import dev.authdash.core.error.LoginThrottledException;
import dev.authdash.core.error.NotPermittedException;
import dev.authdash.core.error.PasswordRejectedException;
import dev.authdash.core.error.ProtectedOwnerException;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.ResetLink;
import dev.authdash.core.model.SessionResolution;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.port.in.ActOnUserCommand;
import dev.authdash.core.port.in.ResetPasswordCommand;
import dev.authdash.core.testing.CoreFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ResetLinkTest {
  private final CoreFixture f = new CoreFixture();
  private final SignedIn owner = f.owner();

  private ResetLink issue(String username) {
    return f.core
        .issueResetLink()
        .issueResetLink(new ActOnUserCommand(actor(owner), username, CLIENT));
  }

  private void reset(ResetLink link, String password) {
    f.core
        .resetPassword()
        .resetPassword(new ResetPasswordCommand(link.token(), Password.of(password), CLIENT));
  }

  @Test
  void anAdmin_issuesALinkValidThirtyMinutes_andOnlyItsDigestIsStored() {
    f.register("alice");

    ResetLink link = issue("alice");

    assertThat(link.expiresAt()).isEqualTo(f.clock.instant().plus(Duration.ofMinutes(30)));
    assertThat(f.resets.find(link.token().digest())).isPresent();
    assertThat(f.resets.find(link.token().digest()).orElseThrow().toString())
        .doesNotContain(link.token().reveal());
    assertThat(f.core.resetPassword().checkResetLink(link.token()))
        .hasValueSatisfying(u -> assertThat(u.value()).isEqualTo("alice"));
  }

  @Test
  void usingTheLink_setsThePassword_signsOutEverySession_clearsTheLock_andTheLinkDies() {
    SignedIn phone = f.register("alice");
    for (int i = 0; i < 5; i++) {
      org.assertj.core.api.Assertions.catchThrowable(
          () -> f.login("alice", "wrong guess entirely"));
    }
    assertThatThrownBy(() -> f.login("alice", PASSWORD))
        .isInstanceOf(LoginThrottledException.class);
    ResetLink link = issue("alice");

    reset(link, OTHER_PASSWORD);

    assertThat(f.resolve(phone)).isInstanceOf(SessionResolution.Missing.class);
    assertThat(f.login("alice", OTHER_PASSWORD)).isNotNull();
    assertThatThrownBy(() -> reset(link, "yet another fine passphrase"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("invalid or has expired");
    assertThat(f.auditEvents())
        .extracting(e -> e.type())
        .contains(AuditEventType.RESET_LINK_ISSUED, AuditEventType.PASSWORD_RESET);
  }

  @Test
  void aWeakPassword_isRefused_andTheLinkStillWorks() {
    f.register("alice");
    ResetLink link = issue("alice");

    assertThatThrownBy(() -> reset(link, "password1234"))
        .isInstanceOf(PasswordRejectedException.class);
    reset(link, OTHER_PASSWORD);

    assertThatThrownBy(() -> f.login("alice", PASSWORD))
        .isInstanceOf(InvalidCredentialsException.class);
  }

  @Test
  void anExpiredLink_doesNotWork() {
    f.register("alice");
    ResetLink link = issue("alice");

    f.clock.advance(Duration.ofMinutes(30));

    assertThat(f.core.resetPassword().checkResetLink(link.token())).isEmpty();
    assertThatThrownBy(() -> reset(link, OTHER_PASSWORD)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aNewLink_voidsTheOlderOne() {
    f.register("alice");
    ResetLink first = issue("alice");
    ResetLink second = issue("alice");

    assertThat(f.core.resetPassword().checkResetLink(first.token())).isEmpty();
    assertThat(f.core.resetPassword().checkResetLink(second.token())).isPresent();
  }

  @Test
  void onlyAdminsIssueLinks_andOtherAdminsCannotResetTheOwner() {
    SignedIn bob = f.register("bob");
    SignedIn carol = f.secondAdmin(owner, "carol");

    assertThatThrownBy(
            () ->
                f.core
                    .issueResetLink()
                    .issueResetLink(new ActOnUserCommand(actor(bob), "bob", CLIENT)))
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(
            () ->
                f.core
                    .issueResetLink()
                    .issueResetLink(new ActOnUserCommand(actor(carol), "admin", CLIENT)))
        .isInstanceOf(ProtectedOwnerException.class);
    assertThat(
            f.core
                .issueResetLink()
                .issueResetLink(new ActOnUserCommand(Actor.operator("cli:root"), "admin", CLIENT)))
        .isNotNull();
  }

  @Test
  void deletingAUser_voidsItsPendingLink() {
    f.register("alice");
    ResetLink link = issue("alice");

    f.core.deleteUser().deleteUser(new ActOnUserCommand(actor(owner), "alice", CLIENT));

    assertThat(f.resets.find(link.token().digest())).isEmpty();
  }

  @Test
  void changingThePasswordOnTheProfile_voidsAPendingLink() {
    SignedIn alice = f.register("alice");
    ResetLink link = issue("alice");

    f.core
        .changePassword()
        .changePassword(
            new dev.authdash.core.port.in.ChangePasswordCommand(
                alice.token(), Password.of(PASSWORD), Password.of(OTHER_PASSWORD), CLIENT));

    assertThat(f.core.resetPassword().checkResetLink(link.token())).isEmpty();
    assertThatThrownBy(() -> reset(link, "yet another fine passphrase"))
        .isInstanceOf(InvalidInputException.class);
    assertThat(f.login("alice", OTHER_PASSWORD)).isNotNull();
  }
}
