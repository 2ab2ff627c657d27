package dev.authdash.core.service;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.PasswordReset;
import dev.authdash.core.model.ResetLink;
import dev.authdash.core.model.ResetToken;
import dev.authdash.core.model.User;
import dev.authdash.core.policy.AdminPolicy;
import dev.authdash.core.port.in.ActOnUserCommand;
import dev.authdash.core.port.in.IssueResetLinkUseCase;
import dev.authdash.core.port.out.PasswordResetStore;
import java.time.Duration;
import java.time.Instant;

/** An admin (or operator) issues a single-use reset link; only its digest is stored. */
public final class IssueResetLinkService implements IssueResetLinkUseCase {
  private final Access access;
  private final PasswordResetStore resets;
  private final Auditor auditor;
  private final TimeSource time;
  private final Duration validity;

  IssueResetLinkService(
      Access access,
      PasswordResetStore resets,
      Auditor auditor,
      TimeSource time,
      Duration validity) {
    this.access = access;
    this.resets = resets;
    this.auditor = auditor;
    this.time = time;
    this.validity = validity;
  }

  @Override
  public ResetLink issueResetLink(ActOnUserCommand command) {
    Actor actor = command.actor();
    access.requireAdmin(actor);
    User target = access.existing(command.username());
    AdminPolicy.checkMayActOn(actor, target);
    ResetToken token = ResetToken.generate();
    Instant now = time.now();
    Instant expiresAt = now.plus(validity);
    resets.save(new PasswordReset(token.digest(), target.id(), actor.name(), now, expiresAt));
    auditor.record(
        AuditEventType.RESET_LINK_ISSUED,
        actor,
        target.username().value(),
        command.client(),
        "valid for " + validity.toMinutes() + " min");
    return new ResetLink(token, target.username(), expiresAt);
  }
}
