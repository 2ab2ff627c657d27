package dev.authdash.core.service;

import static dev.authdash.core.testing.CoreFixture.CLIENT;
import static dev.authdash.core.testing.CoreFixture.OTHER_PASSWORD;
import static dev.authdash.core.testing.CoreFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.error.EmailTakenException;
import dev.authdash.core.error.InvalidCredentialsException;
import dev.authdash.core.error.InvalidInputException;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.EmailAddress;
import dev.authdash.core.model.MailMessage;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.port.in.ChangePasswordCommand;
import dev.authdash.core.port.in.RegisterUserCommand;
import dev.authdash.core.port.in.RequestEmailChangeCommand;
import dev.authdash.core.port.in.SetEmailCommand;
import dev.authdash.core.port.in.VerifyEmailCommand;
import dev.authdash.core.testing.CoreFixture;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EmailAddressTest {
  private static final Pattern LINK =
      Pattern.compile("https://auth\\.example\\.com/verify-email\\?token=([A-Za-z0-9_-]+)");
  private final CoreFixture f = new CoreFixture();

  private SignedIn registerWith(String name, String address) {
    return f.core
        .register()
        .register(new RegisterUserCommand(name, Password.of(PASSWORD), CLIENT, address));
  }

  private static String token(MailMessage mail) {
    Matcher m = LINK.matcher(mail.text());
    assertThat(m.find()).as(mail.text()).isTrue();
    return m.group(1);
  }

  @Test
  void anAddressGivenAtRegistration_isUnverified_untilItsLinkIsFollowed_once() {
    registerWith("alice", " Alice@Example.com ");
    assertThat(f.stored("alice").emailIfAny().orElseThrow().isVerified()).isFalse();
    assertThat(f.stored("alice").pendingEmailIfAny().orElseThrow().tokenDigest().value())
        .hasSize(64);

    List<MailMessage> mails = f.deliverMail();
    assertThat(mails).singleElement().satisfies(m -> assertThat(m.subject()).contains("Confirm"));
    String token = token(mails.get(0));

    assertThat(f.core.changeEmail().verifyEmail(new VerifyEmailCommand(token, CLIENT)).value())
        .isEqualTo("alice");
    assertThat(f.stored("alice").verifiedEmail()).contains(EmailAddress.of("alice@example.com"));
    assertThat(f.stored("alice").pendingEmailIfAny()).isEmpty();
    assertThatThrownBy(
            () -> f.core.changeEmail().verifyEmail(new VerifyEmailCommand(token, CLIENT)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aLinkOlderThan24Hours_isRefused() {
    registerWith("alice", "alice@example.com");
    String token = token(f.deliverMail().get(0));
    f.clock.advance(Duration.ofHours(24));

    assertThatThrownBy(
            () -> f.core.changeEmail().verifyEmail(new VerifyEmailCommand(token, CLIENT)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aChange_needsThePassword_keepsTheOldAddressUntilVerified_thenTellsTheOldAddress() {
    SignedIn alice = registerWith("alice", "alice@example.com");
    f.core.changeEmail().verifyEmail(new VerifyEmailCommand(token(f.deliverMail().get(0)), CLIENT));
    Actor me = Actor.of(alice.user());

    assertThatThrownBy(
            () ->
                f.core
                    .changeEmail()
                    .requestEmailChange(
                        new RequestEmailChangeCommand(
                            me, "new@example.org", Password.of("not my password at all"), CLIENT)))
        .isInstanceOf(InvalidCredentialsException.class);
    f.core
        .changeEmail()
        .requestEmailChange(
            new RequestEmailChangeCommand(me, "new@example.org", Password.of(PASSWORD), CLIENT));
    assertThat(f.stored("alice").verifiedEmail()).contains(EmailAddress.of("alice@example.com"));
    MailMessage verify = f.deliverMail().get(0);
    assertThat(verify.to().value()).isEqualTo("new@example.org");

    f.core.changeEmail().verifyEmail(new VerifyEmailCommand(token(verify), CLIENT));

    assertThat(f.stored("alice").verifiedEmail()).contains(EmailAddress.of("new@example.org"));
    assertThat(f.deliverMail())
        .singleElement()
        .satisfies(
            notice -> {
              assertThat(notice.to().value()).isEqualTo("alice@example.com");
              assertThat(notice.text()).contains("changed to n***@example.org");
            });
  }

  @Test
  void anAddressAnotherUserVerified_cannotBeVerifiedAgain() {
    registerWith("alice", "shared@example.com");
    String first = token(f.deliverMail().get(0));
    registerWith("bob", "shared@example.com");
    String second = token(f.deliverMail().get(0));
    f.core.changeEmail().verifyEmail(new VerifyEmailCommand(first, CLIENT));

    assertThatThrownBy(
            () -> f.core.changeEmail().verifyEmail(new VerifyEmailCommand(second, CLIENT)))
        .isInstanceOf(EmailTakenException.class);
  }

  @Test
  void everyPasswordChange_isToldToTheVerifiedAddress() {
    SignedIn alice = registerWith("alice", "alice@example.com");
    f.core.changeEmail().verifyEmail(new VerifyEmailCommand(token(f.deliverMail().get(0)), CLIENT));

    f.core
        .changePassword()
        .changePassword(
            new ChangePasswordCommand(
                alice.token(), Password.of(PASSWORD), Password.of(OTHER_PASSWORD), CLIENT));

    assertThat(f.deliverMail())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.subject()).isEqualTo("Your Example Site password was changed");
              assertThat(m.text()).contains("(in your profile)");
            });
  }

  @Test
  void anAdminSetsAnAddress_verifiedOrNot_orRemovesIt() {
    SignedIn owner = f.owner();
    f.register("bob");

    f.core
        .changeEmail()
        .setEmail(
            new SetEmailCommand(Actor.of(owner.user()), "bob", "Bob@Example.com", true, CLIENT));
    assertThat(f.stored("bob").verifiedEmail()).contains(EmailAddress.of("bob@example.com"));

    f.core
        .changeEmail()
        .setEmail(new SetEmailCommand(Actor.operator("cli:root"), "bob", "", false, CLIENT));
    assertThat(f.stored("bob").emailIfAny()).isEmpty();
    assertThat(f.deliverMail()).isEmpty();
  }
}
