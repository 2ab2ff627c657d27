package dev.authdash.core.port.in;

import dev.authdash.core.model.ClientInfo;
import java.util.Objects;

/**
 * Input of {@link ChangeEmailUseCase#verifyEmail}: the token of a verification link as it arrived
 * ("" when none did), and the client that followed it. A malformed token is answered like an
 * unknown one, by the use case, so that the two cannot be told apart.
 */
public record VerifyEmailCommand(String token, ClientInfo client) {
  public VerifyEmailCommand {
    token = token == null ? "" : token;
    Objects.requireNonNull(client, "client");
  }

  @Override
  public String toString() {
    return "VerifyEmailCommand[***]";
  }
}
