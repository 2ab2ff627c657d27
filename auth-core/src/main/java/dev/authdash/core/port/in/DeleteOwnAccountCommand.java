package dev.authdash.core.port.in;

import dev.authdash.core.error.NotPermittedException;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Password;
import java.util.Objects;

/**
 * Input of {@link DeleteOwnAccountUseCase}: the signed-in user, their current password and, when
 * their two-factor sign-in is on, a code from the authenticator app or a recovery code ("" when
 * none was typed).
 */
public record DeleteOwnAccountCommand(
    Actor actor, Password currentPassword, String code, ClientInfo client) {

  public DeleteOwnAccountCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(currentPassword, "currentPassword");
    Objects.requireNonNull(client, "client");
    code = code == null ? "" : code;
    if (actor.isOperator()) {
      throw new NotPermittedException(
          "Only a signed-in user can delete their own account; operators delete users by name.");
    }
  }

  @Override
  public String toString() {
    return "DeleteOwnAccountCommand[actor=" + actor.name() + ", ***]";
  }
}
