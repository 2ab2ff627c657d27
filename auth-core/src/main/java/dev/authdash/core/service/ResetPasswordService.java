package dev.authdash.core.service;

import dev.authdash.core.error.InvalidInputException;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.PasswordReset;
import dev.authdash.core.model.ResetToken;
import dev.authdash.core.model.User;
import dev.authdash.core.model.Username;
import dev.authdash.core.policy.PasswordPolicy;
import dev.authdash.core.port.in.ResetPasswordCommand;
import dev.authdash.core.port.in.ResetPasswordUseCase;
import dev.authdash.core.port.out.PasswordHasher;
import dev.authdash.core.port.out.PasswordResetStore;
import dev.authdash.core.port.out.UserRepository;
import java.util.Optional;

/**
 * Using a reset link: the password policy is checked before the link is used up (so a weak choice
 * can be corrected); the take is atomic (a link works once, even when submitted twice at once).
 */
public final class ResetPasswordService implements ResetPasswordUseCase {
  static final String INVALID_LINK =
      "This reset link is invalid or has expired. Ask an admin for a new one.";

  private final PasswordResetStore resets;
  private final UserRepository users;
  private final PasswordReplacement replacement;
  private final PasswordHasher hasher;
  private final PasswordPolicy passwordPolicy;
  private final Auditor auditor;
  private final TimeSource time;

  ResetPasswordService(
      PasswordResetStore resets,
      UserRepository users,
      PasswordReplacement replacement,
      PasswordHasher hasher,
      PasswordPolicy passwordPolicy,
      Auditor auditor,
      TimeSource time) {
    this.resets = resets;
    this.users = users;
    this.replacement = replacement;
    this.hasher = hasher;
    this.passwordPolicy = passwordPolicy;
    this.auditor = auditor;
    this.time = time;
  }

  @Override
  public Optional<Username> checkResetLink(ResetToken token) {
    return valid(token).map(User::username);
  }

  @Override
  public void resetPassword(ResetPasswordCommand command) {
    ResetToken token = command.token();
    Password newPassword = command.newPassword();
    User user = valid(token).orElseThrow(() -> new InvalidInputException(INVALID_LINK));
    passwordPolicy.check(newPassword, user.username());
    String hash = hasher.hash(newPassword.reveal());
    PasswordReset taken =
        resets
            .take(token.digest())
            .filter(r -> !r.isExpiredAt(time.now()))
            .orElseThrow(() -> new InvalidInputException(INVALID_LINK));
    User current =
        users.findById(taken.userId()).orElseThrow(() -> new InvalidInputException(INVALID_LINK));
    int ended = replacement.replace(current, hash, Optional.empty(), "with a reset link");
    String name = current.username().value();
    auditor.record(
        AuditEventType.PASSWORD_RESET,
        name,
        name,
        command.client(),
        "link from " + taken.issuedBy() + "; " + ended + " session(s) signed out");
  }

  private Optional<User> valid(ResetToken token) {
    return resets
        .find(token.digest())
        .filter(r -> !r.isExpiredAt(time.now()))
        .flatMap(r -> users.findById(r.userId()));
  }
}
