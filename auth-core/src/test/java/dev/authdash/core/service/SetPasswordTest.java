package dev.authdash.core.service;

import static dev.authdash.core.testing.CoreFixture.CLIENT;
import static dev.authdash.core.testing.CoreFixture.OTHER_PASSWORD;
import static dev.authdash.core.testing.CoreFixture.PASSWORD;
import static dev.authdash.core.testing.CoreFixture.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.authdash.core.error.InvalidCredentialsException;
import dev.authdash.core.error.LoginThrottledException;
import dev.authdash.core.error.NotPermittedException;
import dev.authdash.core.error.PasswordRejectedException;
import dev.authdash.core.error.ProtectedOwnerException;
import dev.authdash.core.error.UserNotFoundException;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.ResetLink;
import dev.authdash.core.model.SessionResolution;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.port.in.ActOnUserCommand;
import dev.authdash.core.port.in.SetPasswordCommand;
import dev.authdash.core.testing.CoreFixture;
import org.junit.jupiter.api.Test;

/** An operator (the CLI) or an admin sets a password outright: the way back for a lost one. */
class SetPasswordTest {
  private static final Actor CLI = Actor.operator("cli:root");
  private final CoreFixture f = new CoreFixture();
  private final SignedIn owner = f.owner();

  private int set(Actor actor, String username, String password) {
    return f.core
        .setPassword()
        .setPassword(new SetPasswordCommand(actor, username, Password.of(password), CLIENT));
  }

  @Test
  void theOperator_setsTheLockedOutOwnersPassword_endingSessionsLinksAndTheLock() {
    ResetLink link =
        f.core.issueResetLink().issueResetLink(new ActOnUserCommand(CLI, "admin", CLIENT));
    for (int i = 0; i < 10; i++) {
      catchThrowable(() -> f.login("admin", "a wrong guess at the password"));
    }
    assertThatThrownBy(() -> f.login("admin", CoreFixture.OWNER_PASSWORD))
        .as("locked before")
        .isInstanceOf(LoginThrottledException.class);

    assertThat(set(CLI, "admin", OTHER_PASSWORD)).isEqualTo(1);

    assertThat(f.resolve(owner)).isNotInstanceOf(SessionResolution.Active.class);
    assertThat(f.core.resetPassword().checkResetLink(link.token())).as("link voided").isEmpty();
    assertThat(f.login("admin", OTHER_PASSWORD)).as("lock cleared").isNotNull();
    assertThatThrownBy(() -> f.login("admin", CoreFixture.OWNER_PASSWORD))
        .isInstanceOf(InvalidCredentialsException.class);
    AuditEvent changed =
        f.auditEvents().stream()
            .filter(e -> e.type() == AuditEventType.PASSWORD_CHANGED)
            .reduce((first, second) -> second)
            .orElseThrow();
    assertThat(changed.actor()).isEqualTo("cli:root");
    assertThat(changed.target()).isEqualTo("admin");
    assertThat(changed.detail()).contains("set by cli:root", "1 session(s) signed out");
  }

  @Test
  void anAdminSetsAUsersPassword_butNotTheOwners_andAUserSetsNone() {
    SignedIn adele = f.secondAdmin(owner, "adele");
    SignedIn bob = f.register("bob");

    assertThat(set(actor(adele), "bob", OTHER_PASSWORD)).isEqualTo(1);
    assertThat(f.login("bob", OTHER_PASSWORD)).isNotNull();
    assertThat(f.resolve(bob)).isNotInstanceOf(SessionResolution.Active.class);
    assertThatThrownBy(() -> set(actor(adele), "admin", OTHER_PASSWORD))
        .isInstanceOf(ProtectedOwnerException.class);
    SignedIn bobAgain = f.login("bob", OTHER_PASSWORD);
    assertThatThrownBy(() -> set(actor(bobAgain), "adele", PASSWORD))
        .isInstanceOf(NotPermittedException.class);
  }

  @Test
  void aWeakPasswordOrAnUnknownName_isRefused_andNothingChanges() {
    f.register("carol");

    assertThatThrownBy(() -> set(CLI, "carol", "short"))
        .isInstanceOf(PasswordRejectedException.class);
    assertThatThrownBy(() -> set(CLI, "nobody", OTHER_PASSWORD))
        .isInstanceOf(UserNotFoundException.class);
    assertThat(f.login("carol", PASSWORD)).isNotNull();
  }
}
