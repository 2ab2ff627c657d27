package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Password;
import java.util.Objects;

/**
 * Input of an act on one's own second factor that the current password and a code prove: turning it
 * on ({@link EnrolSecondFactorUseCase#confirm}, a code from the app for the new key) and turning it
 * off ({@link DisableSecondFactorUseCase}, a code from the app or a recovery code).
 *
 * @param code as typed, "" when nothing was
 */
public record SecondFactorCommand(
    Actor actor, Password currentPassword, String code, ClientInfo client) {
  public SecondFactorCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(currentPassword, "currentPassword");
    Objects.requireNonNull(client, "client");
    code = code == null ? "" : code;
  }

  @Override
  public String toString() {
    return "SecondFactorCommand[actor=" + actor.name() + ", ***]";
  }
}
