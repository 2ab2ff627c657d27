package dev.authdash.core.service;

import static dev.authdash.core.testing.CoreFixture.CLIENT;
import static dev.authdash.core.testing.CoreFixture.PASSWORD;
import static dev.authdash.core.testing.CoreFixture.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.error.InvalidCredentialsException;
import dev.authdash.core.error.LastAdminException;
import dev.authdash.core.error.LoginThrottledException;
import dev.authdash.core.error.NotPermittedException;
import dev.authdash.core.error.ProtectedOwnerException;
import dev.authdash.core.error.SelfDeletionException;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.EmailAddress;
import dev.authdash.core.model.Enrolment;
import dev.authdash.core.model.Passkey;
import dev.authdash.core.model.PasskeyId;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.PersonalData;
import dev.authdash.core.model.RecoveryCodes;
import dev.authdash.core.model.ResetLink;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.SessionEndReason;
import dev.authdash.core.model.SessionResolution;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.model.UserEmail;
import dev.authdash.core.model.Username;
import dev.authdash.core.port.in.ActOnUserCommand;
import dev.authdash.core.port.in.DeleteOwnAccountCommand;
import dev.authdash.core.port.in.SecondFactorCommand;
import dev.authdash.core.secrets.Totp;
import dev.authdash.core.testing.CoreFixture;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Self-service: "Download my data" and "Delete my account", through the core. */
class SelfServiceTest {
  private static final String WRONG = "not my password at all";
  private final CoreFixture f = new CoreFixture();

  private int deleteOwn(SignedIn who, String password, String code) {
    return f.core
        .deleteOwnAccount()
        .deleteOwnAccount(
            new DeleteOwnAccountCommand(actor(who), Password.of(password), code, CLIENT));
  }

  private boolean exists(String name) {
    return f.users.findByUsername(Username.of(name)).isPresent();
  }

  private RecoveryCodes enrol(SignedIn who) {
    Enrolment enrolment = f.core.enrolSecondFactor().begin(actor(who));
    return f.core
        .enrolSecondFactor()
        .confirm(
            new SecondFactorCommand(
                actor(who),
                Password.of(PASSWORD),
                Totp.codeAt(enrolment.secret().reveal(), f.clock.instant()),
                CLIENT));
  }

  private void addPasskey(SignedIn who, String label) {
    f.passkeys.add(
        Passkey.added(
            PasskeyId.of(new byte[] {7, 7, 7, (byte) label.length()}),
            who.user().id(),
            new byte[] {1, 2, 3, 42},
            0,
            label,
            f.clock.instant(),
            Set.of("internal")));
  }

  @Test
  void aUser_deletesTheirOwnAccount_everySessionEnds_andIsToldWhy_andTheAuditNamesThemAsActor() {
    SignedIn here = f.register("alice");
    SignedIn phone = f.login("alice", PASSWORD, ClientInfo.of("203.0.113.9", "Safari on iPhone"));
    addPasskey(here, "Laptop");
    ResetLink link =
        f.core
            .issueResetLink()
            .issueResetLink(new ActOnUserCommand(Actor.operator("cli:ops"), "alice", CLIENT));

    int ended = deleteOwn(here, PASSWORD, "");

    assertThat(ended).isEqualTo(2);
    assertThat(exists("alice")).isFalse();
    assertThat(f.resolve(here)).isInstanceOf(SessionResolution.Missing.class);
    assertThat(f.resolve(phone)).isInstanceOf(SessionResolution.Missing.class);
    assertThat(f.core.resolveSession().whyEnded(phone.token()))
        .contains(SessionEndReason.ACCOUNT_DELETED);
    assertThat(f.passkeys.findByUser(here.user().id())).isEmpty();
    assertThat(f.sessions.findByUser(here.user().id())).isEmpty();
    assertThat(f.resets.find(link.token().digest())).as("the reset link died").isEmpty();
    AuditEvent deleted = f.auditEvents().get(0);
    assertThat(deleted.type()).isEqualTo(AuditEventType.USER_DELETED);
    assertThat(deleted.actor()).isEqualTo("alice");
    assertThat(deleted.target()).isEqualTo("alice");
    assertThat(deleted.detail()).isEqualTo("deleted their own account; 2 session(s) ended");
    assertThatThrownBy(() -> f.login("alice", PASSWORD))
        .isInstanceOf(InvalidCredentialsException.class);
  }

  @Test
  void aWrongPassword_isRefused_countedLikeAFailedSignIn_andNothingIsLost() {
    SignedIn here = f.register("bob");
    addPasskey(here, "Key");

    assertThatThrownBy(() -> deleteOwn(here, WRONG, ""))
        .isInstanceOf(InvalidCredentialsException.class)
        .hasMessage("Current password is incorrect.");

    assertThat(exists("bob")).isTrue();
    assertThat(f.resolve(here)).isInstanceOf(SessionResolution.Active.class);
    assertThat(f.passkeys.findByUser(here.user().id())).hasSize(1);
    assertThat(f.auditEvents()).noneMatch(e -> e.type() == AuditEventType.USER_DELETED);
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> deleteOwn(here, WRONG, ""))
          .isInstanceOf(InvalidCredentialsException.class);
    }
    assertThatThrownBy(() -> deleteOwn(here, WRONG, ""))
        .as("the fifth wrong password locks the name, as at sign-in")
        .isInstanceOf(LoginThrottledException.class);
    assertThatThrownBy(() -> deleteOwn(here, PASSWORD, ""))
        .as("while locked, not even the right password deletes")
        .isInstanceOf(LoginThrottledException.class);
    assertThat(exists("bob")).isTrue();
  }

  @Test
  void theOwner_cannotDeleteItself_andSpendsNoPasswordAttemptTrying() {
    SignedIn owner = f.owner();

    assertThat(f.core.deleteOwnAccount().refusal(actor(owner)))
        .hasValueSatisfying(m -> assertThat(m).contains("owner account cannot be deleted"));
    assertThatThrownBy(() -> deleteOwn(owner, CoreFixture.OWNER_PASSWORD, ""))
        .isInstanceOf(ProtectedOwnerException.class);
    assertThatThrownBy(() -> deleteOwn(owner, WRONG, ""))
        .isInstanceOf(ProtectedOwnerException.class);

    assertThat(exists("admin")).isTrue();
    assertThat(f.resolve(owner)).isInstanceOf(SessionResolution.Active.class);
    assertThat(f.auditEvents()).noneMatch(e -> e.type() == AuditEventType.LOGIN_FAILED);
  }

  @Test
  void theLastAdmin_cannotDeleteItself_butAnAdminWithAnotherBesideTheOwnerCan() {
    // A store without an owner (imported data, say): the last-admin guard holds on its own.
    f.register("solo");
    f.users.update(f.stored("solo").withRole(Role.ADMIN));
    SignedIn solo = f.login("solo", PASSWORD);

    assertThat(f.core.deleteOwnAccount().refusal(actor(solo)))
        .contains(
            "You are the last admin: make another user an admin before deleting your account.");
    assertThatThrownBy(() -> deleteOwn(solo, PASSWORD, "")).isInstanceOf(LastAdminException.class);
    assertThat(exists("solo")).isTrue();

    CoreFixture withOwner = new CoreFixture();
    SignedIn owner = withOwner.owner();
    SignedIn carol = withOwner.secondAdmin(owner, "carol");
    assertThat(withOwner.core.deleteOwnAccount().refusal(actor(carol))).isEmpty();
    withOwner
        .core
        .deleteOwnAccount()
        .deleteOwnAccount(
            new DeleteOwnAccountCommand(actor(carol), Password.of(PASSWORD), "", CLIENT));
    assertThat(withOwner.users.findByUsername(Username.of("carol"))).isEmpty();
  }

  @Test
  void theAdminsDeletion_stillRefusesAnAdminDeletingItself() {
    SignedIn owner = f.owner();
    SignedIn carol = f.secondAdmin(owner, "carol");

    assertThatThrownBy(
            () ->
                f.core.deleteUser().deleteUser(new ActOnUserCommand(actor(carol), "carol", CLIENT)))
        .isInstanceOf(SelfDeletionException.class);
    assertThat(exists("carol")).isTrue();
  }

  @Test
  void withTwoFactorOn_aCodeIsNeededToo_aWrongOneIsAuditedAndCounted_aRecoveryCodeWorks() {
    SignedIn dana = f.register("dana");
    RecoveryCodes codes = enrol(dana);

    assertThatThrownBy(() -> deleteOwn(dana, PASSWORD, ""))
        .isInstanceOf(InvalidCredentialsException.class);
    assertThatThrownBy(() -> deleteOwn(dana, PASSWORD, "000000"))
        .isInstanceOf(InvalidCredentialsException.class);
    assertThat(exists("dana")).isTrue();
    assertThat(f.auditEvents())
        .filteredOn(e -> e.type() == AuditEventType.MFA_FAILED)
        .hasSize(2)
        .allMatch(e -> e.detail().equals("deleting the account: wrong code"));

    deleteOwn(dana, PASSWORD, codes.reveal().get(0));

    assertThat(exists("dana")).isFalse();
    assertThat(f.secondFactors.find(dana.user().id())).isEmpty();
  }

  @Test
  void anOperatorHasNoOwnAccountToDelete_andADeletedAccountCannotActAgain() {
    assertThatThrownBy(
            () ->
                new DeleteOwnAccountCommand(
                    Actor.operator("cli:root"), Password.of(PASSWORD), "", CLIENT))
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(() -> new DeleteOwnAccountCommand(null, Password.of(PASSWORD), "", CLIENT))
        .isInstanceOf(NullPointerException.class);
    DeleteOwnAccountCommand typed =
        new DeleteOwnAccountCommand(actor(f.register("eve")), Password.of(PASSWORD), null, CLIENT);
    assertThat(typed.code()).isEmpty();
    assertThat(typed.toString()).doesNotContain(PASSWORD);

    SignedIn gone = f.register("gil");
    deleteOwn(gone, PASSWORD, "");
    assertThatThrownBy(() -> deleteOwn(gone, PASSWORD, ""))
        .isInstanceOf(NotPermittedException.class)
        .hasMessage("Your account no longer exists.");
  }

  @Test
  void theExport_holdsTheAccountSessionsPasskeysAndEventsAboutTheUser_andIsAudited() {
    SignedIn owner = f.owner();
    SignedIn here = f.register("hana");
    f.users.update(
        f.stored("hana")
            .withEmail(UserEmail.verified(EmailAddress.of("hana@example.com"), f.clock.instant())));
    f.clock.advance(Duration.ofMinutes(5));
    f.login("hana", PASSWORD, ClientInfo.of("203.0.113.9", "Safari on iPhone"));
    addPasskey(here, "Phone");
    f.core
        .revokeSessions()
        .revokeAllSessions(
            new ActOnUserCommand(actor(owner), "hana", ClientInfo.of("192.0.2.1", "x")));
    SignedIn back = f.login("hana", PASSWORD);
    assertThatThrownBy(() -> f.login("hana", WRONG, ClientInfo.of("198.51.100.66", "curl")))
        .isInstanceOf(InvalidCredentialsException.class);
    f.register("ivan");

    PersonalData data = f.core.exportOwnData().exportOwnData(actor(back), CLIENT);

    assertThat(data.account().username()).isEqualTo("hana");
    assertThat(data.account().role()).isEqualTo(Role.USER);
    assertThat(data.account().email()).map(e -> e.address().value()).contains("hana@example.com");
    assertThat(data.account().email()).map(UserEmail::isVerified).contains(true);
    assertThat(data.account().lastLogin()).isPresent();
    assertThat(data.account().secondFactor().enabled()).isFalse();
    assertThat(data.sessions()).hasSize(1);
    assertThat(data.passkeys())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.label()).isEqualTo("Phone");
              assertThat(p.transports()).containsExactly("internal");
              assertThat(p.lastUsedAt()).isEmpty();
            });
    assertThat(data.auditEventsComplete()).isTrue();
    List<AuditEvent> events = data.auditEvents();
    assertThat(events)
        .allMatch(e -> e.actor().equals("hana") || e.target().equals("hana"))
        .extracting(AuditEvent::type)
        .contains(
            AuditEventType.REGISTERED,
            AuditEventType.LOGIN_SUCCEEDED,
            AuditEventType.LOGIN_FAILED,
            AuditEventType.SESSIONS_REVOKED)
        .doesNotContain(AuditEventType.DATA_EXPORTED);
    assertThat(events)
        .filteredOn(e -> e.type() == AuditEventType.SESSIONS_REVOKED)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actor()).isEqualTo("admin");
              assertThat(e.address()).as("the admin's address is not hana's to take").isEmpty();
            });
    assertThat(events)
        .filteredOn(e -> e.type() == AuditEventType.LOGIN_FAILED)
        .singleElement()
        .satisfies(e -> assertThat(e.address()).isEqualTo("198.51.100.66"));
    assertThat(data.toString()).doesNotContain(f.stored("hana").passwordHash());

    AuditEvent exported = f.auditEvents().get(0);
    assertThat(exported.type()).isEqualTo(AuditEventType.DATA_EXPORTED);
    assertThat(exported.actor()).isEqualTo("hana");
    assertThat(exported.detail()).isEqualTo(events.size() + " audit event(s)");
  }

  @Test
  void theExport_carriesTheNewestTenThousandEvents_andSaysWhenThereWereMore() {
    SignedIn here = f.register("joe");
    int before = f.core.exportOwnData().exportOwnData(actor(here), CLIENT).auditEvents().size();
    failedSignIns("joe", PersonalData.MAX_AUDIT_EVENTS - before - 1);
    f.audit.append(event("kim", "not about joe"));

    PersonalData exactly = f.core.exportOwnData().exportOwnData(actor(here), CLIENT);
    assertThat(exactly.auditEvents()).hasSize(PersonalData.MAX_AUDIT_EVENTS);
    assertThat(exactly.auditEventsComplete()).as("the previous export is the 10,000th").isTrue();

    failedSignIns("joe", 5);
    PersonalData data = f.core.exportOwnData().exportOwnData(actor(here), CLIENT);

    assertThat(data.auditEvents()).hasSize(PersonalData.MAX_AUDIT_EVENTS);
    assertThat(data.auditEventsComplete()).isFalse();
    assertThat(data.auditEvents().get(0).detail()).isEqualTo("#4");
    assertThat(data.auditEvents()).noneMatch(e -> e.actor().equals("kim"));
    assertThat(f.auditEvents().get(0).detail()).isEqualTo("10000 audit event(s), the newest only");
  }

  private void failedSignIns(String name, int count) {
    for (int i = 0; i < count; i++) {
      f.clock.advance(Duration.ofMillis(1));
      f.audit.append(event(name, "#" + i));
    }
  }

  private AuditEvent event(String actor, String detail) {
    return new AuditEvent(f.clock.instant(), AuditEventType.LOGIN_FAILED, actor, "", "", detail);
  }

  @Test
  void theExport_isOnlyForASignedInUser() {
    assertThatThrownBy(
            () -> f.core.exportOwnData().exportOwnData(Actor.operator("cli:root"), CLIENT))
        .isInstanceOf(NotPermittedException.class);
  }
}
