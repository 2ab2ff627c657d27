package dev.authdash.core.service;

import static dev.authdash.core.testing.CoreFixture.CLIENT;
import static dev.authdash.core.testing.CoreFixture.PASSWORD;
import static dev.authdash.core.testing.CoreFixture.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.error.InvalidCredentialsException;
import dev.authdash.core.error.InvalidInputException;
import dev.authdash.core.error.NotPermittedException;
import dev.authdash.core.error.ProtectedOwnerException;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.Enrolment;
import dev.authdash.core.model.Passkey;
import dev.authdash.core.model.PasskeyAssertion;
import dev.authdash.core.model.PasskeyId;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.PendingSignIn;
import dev.authdash.core.model.SessionResolution;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.model.VerifiedPasskey;
import dev.authdash.core.port.in.AddPasskeyCommand;
import dev.authdash.core.port.in.CompleteSignInCommand;
import dev.authdash.core.port.in.RemovePasskeyAsAdminCommand;
import dev.authdash.core.port.in.RemovePasskeyCommand;
import dev.authdash.core.port.in.RenamePasskeyCommand;
import dev.authdash.core.port.in.SecondFactorCommand;
import dev.authdash.core.port.in.SecondFactorProof;
import dev.authdash.core.secrets.Totp;
import dev.authdash.core.testing.CoreFixture;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Passkeys through the core: adding, naming and removing them, signing in with one alone or as the
 * second factor, and what is refused (a removed passkey, a count that went back, someone else's).
 * The relying party's signature checks are the web adapter's; here assertions arrive verified.
 */
class PasskeysTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final CoreFixture f = new CoreFixture();

  private static VerifiedPasskey verified() {
    byte[] id = new byte[16];
    RANDOM.nextBytes(id);
    return new VerifiedPasskey(PasskeyId.of(id), new byte[] {1, 2, 3}, 0, Set.of("internal"));
  }

  private Passkey add(SignedIn who, String label) {
    return f.core.passkeys().add(new AddPasskeyCommand(actor(who), verified(), label, CLIENT));
  }

  private SignedIn signIn(Passkey passkey, long count) {
    return f.core
        .passkeySignIn()
        .signIn(new PasskeyAssertion(passkey.id(), count), CLIENT, Optional.empty());
  }

  private Optional<AuditEvent> last(AuditEventType type) {
    return f.auditEvents().stream().filter(e -> e.type() == type).reduce((a, b) -> b);
  }

  @Test
  void aPasskey_isAddedUnderATidyName_listed_renamed_andAudited() {
    SignedIn alice = f.register("alice");
    Passkey added = add(alice, "  Work   laptop ");

    assertThat(added.label()).isEqualTo("Work laptop");
    assertThat(f.core.passkeys().list(actor(alice), "alice")).containsExactly(added);
    assertThat(last(AuditEventType.PASSKEY_ADDED).orElseThrow().detail()).contains("Work laptop");

    f.core.passkeys().rename(new RenamePasskeyCommand(actor(alice), added.id(), "Phone"));
    assertThat(f.core.passkeys().list(actor(alice), "alice"))
        .extracting(Passkey::label)
        .containsExactly("Phone");
    assertThatThrownBy(
            () -> f.core.passkeys().rename(new RenamePasskeyCommand(actor(alice), added.id(), " ")))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> add(alice, "x".repeat(Passkey.MAX_LABEL + 1)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aPasskeyAlone_signsItsUserIn_withANewSession_andTheMethodIsAudited() {
    SignedIn alice = f.register("alice");
    Passkey key = add(alice, "Laptop");

    SignedIn again = signIn(key, 1);

    assertThat(again.user().username().value()).isEqualTo("alice");
    assertThat(f.resolve(again)).isInstanceOf(SessionResolution.Active.class);
    assertThat(last(AuditEventType.LOGIN_SUCCEEDED).orElseThrow().detail()).isEqualTo("passkey");
    assertThat(f.passkeys.find(key.id()).orElseThrow().lastUsedAt()).contains(f.clock.instant());
  }

  @Test
  void aSignatureCountThatGoesBack_isRefused_andAuditedAsACloneSuspect() {
    SignedIn alice = f.register("alice");
    Passkey key = add(alice, "Security key");
    signIn(key, 10);

    assertThatThrownBy(() -> signIn(key, 9)).isInstanceOf(InvalidCredentialsException.class);

    AuditEvent clone = last(AuditEventType.PASSKEY_CLONED_SUSPECTED).orElseThrow();
    assertThat(clone.target()).isEqualTo("alice");
    assertThat(clone.detail()).contains("9").contains("10");
  }

  @Test
  void aRemovedPasskey_signsNobodyIn_andRemovingNeedsThePassword() {
    SignedIn alice = f.register("alice");
    Passkey key = add(alice, "Laptop");

    assertThatThrownBy(
            () ->
                f.core
                    .passkeys()
                    .remove(
                        new RemovePasskeyCommand(
                            actor(alice), key.id(), Password.of("not the password"), CLIENT)))
        .isInstanceOf(InvalidCredentialsException.class);
    f.core
        .passkeys()
        .remove(new RemovePasskeyCommand(actor(alice), key.id(), Password.of(PASSWORD), CLIENT));

    assertThat(last(AuditEventType.PASSKEY_REMOVED)).isPresent();
    assertThatThrownBy(() -> signIn(key, 1)).isInstanceOf(InvalidCredentialsException.class);
    assertThatThrownBy(
            () ->
                f.core
                    .passkeys()
                    .remove(
                        new RemovePasskeyCommand(
                            actor(alice), key.id(), Password.of(PASSWORD), CLIENT)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aPasskey_isTheSecondFactor_forItsOwnerOnly() {
    SignedIn alice = f.register("alice");
    SignedIn bob = f.register("bob");
    Enrolment enrolment = f.core.enrolSecondFactor().begin(actor(alice));
    f.core
        .enrolSecondFactor()
        .confirm(
            new SecondFactorCommand(
                actor(alice),
                Password.of(PASSWORD),
                Totp.codeAt(enrolment.secret().reveal(), f.clock.instant()),
                CLIENT));
    Passkey alices = add(alice, "Laptop");
    Passkey bobs = add(bob, "Bob's key");

    PendingSignIn pending = f.pendingSignIn("alice");
    assertThatThrownBy(() -> complete(pending, bobs, 1))
        .isInstanceOf(InvalidCredentialsException.class);
    assertThat(last(AuditEventType.MFA_FAILED).orElseThrow().detail()).isEqualTo("passkey");

    SignedIn signedIn = complete(pending, alices, 1);
    assertThat(signedIn.user().username().value()).isEqualTo("alice");
    assertThat(last(AuditEventType.LOGIN_SUCCEEDED).orElseThrow().detail())
        .isEqualTo("password+passkey");
  }

  @Test
  void signInsRecordTheirMethod_passwordAlone() {
    f.register("alice");
    f.clock.advance(Duration.ofSeconds(1));
    f.login("alice", PASSWORD);
    assertThat(last(AuditEventType.LOGIN_SUCCEEDED).orElseThrow().detail()).isEqualTo("password");
  }

  @Test
  void anAdmin_listsAndRemovesAUsersPasskey_butNotTheOwnersUnlessOwner() {
    SignedIn owner = f.owner();
    SignedIn carol = f.secondAdmin(owner, "carol");
    SignedIn alice = f.register("alice");
    Passkey alices = add(alice, "Laptop");
    Passkey owners = add(owner, "Owner's key");

    assertThat(f.core.passkeys().list(actor(carol), "alice")).containsExactly(alices);
    assertThatThrownBy(() -> f.core.passkeys().list(actor(alice), "admin"))
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(
            () ->
                f.core
                    .passkeys()
                    .removeAsAdmin(
                        new RemovePasskeyAsAdminCommand(
                            actor(carol), "admin", owners.id(), CLIENT)))
        .isInstanceOf(ProtectedOwnerException.class);
    assertThatThrownBy(
            () ->
                f.core
                    .passkeys()
                    .removeAsAdmin(
                        new RemovePasskeyAsAdminCommand(
                            actor(alice), "alice", alices.id(), CLIENT)))
        .isInstanceOf(NotPermittedException.class);

    f.core
        .passkeys()
        .removeAsAdmin(new RemovePasskeyAsAdminCommand(actor(carol), "alice", alices.id(), CLIENT));
    assertThat(f.core.passkeys().list(actor(carol), "alice")).isEmpty();
    assertThat(last(AuditEventType.PASSKEY_REMOVED).orElseThrow().actor()).isEqualTo("carol");
  }

  @Test
  void theRelyingPartysLookups_findUsersByNameHandleAndPasskey() {
    SignedIn alice = f.register("alice");
    Passkey key = add(alice, "Laptop");

    assertThat(f.core.passkeySignIn().holder("ALICE").orElseThrow().passkeys())
        .containsExactly(key);
    assertThat(f.core.passkeySignIn().holderOf(key.id()).orElseThrow().username())
        .isEqualTo("alice");
    assertThat(
            f.core
                .passkeySignIn()
                .holderOfHandle(Passkey.userHandle(alice.user().id()))
                .orElseThrow()
                .username())
        .isEqualTo("alice");
    assertThat(f.core.passkeySignIn().holderOfHandle(new byte[] {1, 2})).isEmpty();
  }

  private SignedIn complete(PendingSignIn pending, Passkey passkey, long count) {
    return f.core
        .completeSignIn()
        .complete(
            new CompleteSignInCommand(
                pending,
                new SecondFactorProof.Passkey(new PasskeyAssertion(passkey.id(), count)),
                CLIENT));
  }
}
