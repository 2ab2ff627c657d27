package dev.authdash.core.service;

import static dev.authdash.core.testing.CoreFixture.CLIENT;
import static dev.authdash.core.testing.CoreFixture.OTHER_PASSWORD;
import static dev.authdash.core.testing.CoreFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.AuthCore;
import dev.authdash.core.adapter.memory.InMemoryMailOutbox;
import dev.authdash.core.adapter.memory.InMemoryMailSender;
import dev.authdash.core.config.AuthConfig;
import dev.authdash.core.config.MailConfig;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.EmailAddress;
import dev.authdash.core.model.MailMessage;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.ResetToken;
import dev.authdash.core.model.SessionResolution;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.model.User;
import dev.authdash.core.model.UserEmail;
import dev.authdash.core.port.in.RequestPasswordResetCommand;
import dev.authdash.core.port.in.ResetPasswordCommand;
import dev.authdash.core.testing.CoreFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ForgotPasswordTest {
  private static final Pattern LINK =
      Pattern.compile("https://auth\\.example\\.com/reset-password\\?token=([A-Za-z0-9_-]+)");
  private final CoreFixture f = new CoreFixture();

  private void giveAddress(String name, String address, boolean verified) {
    User u = f.stored(name);
    EmailAddress a = EmailAddress.of(address);
    f.users.update(
        u.withEmail(verified ? UserEmail.verified(a, f.clock.instant()) : UserEmail.unverified(a)));
  }

  private void ask(String login) {
    f.core
        .requestPasswordReset()
        .requestPasswordReset(new RequestPasswordResetCommand(login, CLIENT));
  }

  /** The RESET_REQUESTED events, oldest first. */
  private List<AuditEvent> requests() {
    List<AuditEvent> events =
        new ArrayList<>(
            f.auditEvents().stream()
                .filter(e -> e.type() == AuditEventType.RESET_REQUESTED)
                .toList());
    Collections.reverse(events);
    return events;
  }

  private static ResetToken tokenIn(MailMessage mail) {
    Matcher m = LINK.matcher(mail.text());
    assertThat(m.find()).as("a reset link in: " + mail.text()).isTrue();
    return ResetToken.parse(m.group(1)).orElseThrow();
  }

  @Test
  void byUsernameOrByAddress_aVerifiedAccountGetsOneSingleUseLink_thatSignsOutEverySession() {
    SignedIn phone = f.register("alice");
    giveAddress("alice", "Alice@Example.com", true);

    ask("ALICE");
    List<MailMessage> mails = f.deliverMail();

    assertThat(mails).hasSize(1);
    MailMessage mail = mails.get(0);
    assertThat(mail.to().value()).isEqualTo("alice@example.com");
    assertThat(mail.subject()).isEqualTo("Reset your Example Site password");
    assertThat(mail.text()).contains("within 30 minutes");
    ResetToken token = tokenIn(mail);
    assertThat(mail.html()).contains("reset-password?token=" + token.reveal());

    f.core
        .resetPassword()
        .resetPassword(new ResetPasswordCommand(token, Password.of(OTHER_PASSWORD), CLIENT));

    assertThat(f.resolve(phone)).isNotInstanceOf(SessionResolution.Active.class);
    assertThat(f.core.resetPassword().checkResetLink(token)).isEmpty();
    f.login("alice", OTHER_PASSWORD);
    assertThat(f.deliverMail())
        .singleElement()
        .satisfies(notice -> assertThat(notice.text()).contains("(with a reset link)"));

    ask("alice@example.com");
    assertThat(f.deliverMail()).hasSize(1);
  }

  @Test
  void aNewerLink_voidsTheOlderOne() {
    f.register("alice");
    giveAddress("alice", "alice@example.com", true);
    ask("alice");
    ResetToken first = tokenIn(f.deliverMail().get(0));
    ask("alice");
    ResetToken second = tokenIn(f.deliverMail().get(0));

    assertThat(f.core.resetPassword().checkResetLink(first)).isEmpty();
    assertThat(f.core.resetPassword().checkResetLink(second)).isPresent();
  }

  @Test
  void unknownNames_unverifiedAddresses_andAddressesOfNoOne_getNothing_andTheAuditSaysWhy() {
    f.register("bob");
    giveAddress("bob", "bob@example.com", false);

    ask("nobody");
    ask("nobody@example.com");
    ask("bob");
    ask("bob@example.com");
    ask("<script>");
    ask("");

    assertThat(f.deliverMail()).isEmpty();
    assertThat(requests())
        .extracting(AuditEvent::detail)
        .containsExactly(
            "no account matches",
            "no account matches",
            "the account has no verified email address; nothing sent",
            "no account matches",
            "no account matches",
            "no account matches");
  }

  @Test
  void threeMailsPerAccountPerHour_thenNothing_untilTheHourIsOver() {
    f.register("alice");
    giveAddress("alice", "alice@example.com", true);
    for (int i = 0; i < 5; i++) {
      ask("alice");
    }
    assertThat(f.deliverMail()).hasSize(3);
    assertThat(requests().get(4).detail()).contains("over the limit of 3 reset mails");

    f.clock.advance(Duration.ofHours(1));
    ask("alice");
    assertThat(f.deliverMail()).hasSize(1);
  }

  @Test
  void tenRequestsPerAddressPerHour_thenNothing_auditedOnceAsRateLimited() {
    f.register("alice");
    giveAddress("alice", "alice@example.com", true);
    ClientInfo other = ClientInfo.of("203.0.113.9", "curl");
    for (int i = 0; i < 12; i++) {
      f.core
          .requestPasswordReset()
          .requestPasswordReset(new RequestPasswordResetCommand("nobody" + i, other));
    }
    f.core
        .requestPasswordReset()
        .requestPasswordReset(new RequestPasswordResetCommand("alice", other));

    assertThat(f.deliverMail()).isEmpty();
    assertThat(requests()).hasSize(10);
    assertThat(f.auditEvents()).filteredOn(e -> e.type() == AuditEventType.RATE_LIMITED).hasSize(1);
    ask("alice"); // another address is not limited
    assertThat(f.deliverMail()).hasSize(1);
  }

  @Test
  void withMailOff_nothingIsQueued_andTheFormIsNotAvailable() {
    InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    AuthCore off =
        AuthCore.builder()
            .config(AuthConfig.defaults())
            .mail(MailConfig.off("no public URL"), outbox, new InMemoryMailSender())
            .build();
    off.register()
        .register(
            new dev.authdash.core.port.in.RegisterUserCommand(
                "alice", Password.of(PASSWORD), CLIENT));

    off.requestPasswordReset()
        .requestPasswordReset(new RequestPasswordResetCommand("alice", CLIENT));

    assertThat(off.requestPasswordReset().available()).isFalse();
    assertThat(outbox.list(10)).isEmpty();
  }
}
