package dev.authdash.core.service;

import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.User;
import dev.authdash.core.policy.AdminPolicy;
import dev.authdash.core.policy.PasswordPolicy;
import dev.authdash.core.port.in.SetPasswordCommand;
import dev.authdash.core.port.in.SetPasswordUseCase;
import dev.authdash.core.port.out.PasswordHasher;
import java.util.Optional;

/** An operator or admin sets a user's password: checked, hashed, then replaced like any change. */
public final class SetPasswordService implements SetPasswordUseCase {
  private final Access access;
  private final PasswordHasher hasher;
  private final PasswordPolicy passwordPolicy;
  private final PasswordReplacement replacement;
  private final Auditor auditor;

  SetPasswordService(
      Access access,
      PasswordHasher hasher,
      PasswordPolicy passwordPolicy,
      PasswordReplacement replacement,
      Auditor auditor) {
    this.access = access;
    this.hasher = hasher;
    this.passwordPolicy = passwordPolicy;
    this.replacement = replacement;
    this.auditor = auditor;
  }

  @Override
  public int setPassword(SetPasswordCommand command) {
    access.requireAdmin(command.actor());
    User target = access.existing(command.username());
    AdminPolicy.checkMayActOn(command.actor(), target);
    passwordPolicy.check(command.password(), target.username());
    String hash = hasher.hash(command.password().reveal());
    // Read again after the slow hash, so that a change made meanwhile (a role) is not undone.
    User current = access.existing(command.username());
    int ended = replacement.replace(current, hash, Optional.empty(), "by an operator");
    auditor.record(
        AuditEventType.PASSWORD_CHANGED,
        command.actor(),
        current.username().value(),
        command.client(),
        "set by " + command.actor().name() + "; " + ended + " session(s) signed out");
    return ended;
  }
}
