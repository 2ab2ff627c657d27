package dev.authdash.core.port.in;

import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.DeviceCookie;
import dev.authdash.core.model.PendingSignIn;
import dev.authdash.core.model.SessionToken;
import java.util.Objects;
import java.util.Optional;

/**
 * Input of {@link CompleteSignInUseCase}.
 *
 * @param previous a session token the client presented, destroyed on success
 * @param device the device cookie the client presented, if any (as in {@link LoginCommand})
 */
public record CompleteSignInCommand(
    PendingSignIn pending,
    SecondFactorProof proof,
    ClientInfo client,
    Optional<SessionToken> previous,
    Optional<DeviceCookie> device) {
  public CompleteSignInCommand {
    Objects.requireNonNull(pending, "pending");
    Objects.requireNonNull(proof, "proof");
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(device, "device");
  }

  public CompleteSignInCommand(PendingSignIn pending, SecondFactorProof proof, ClientInfo client) {
    this(pending, proof, client, Optional.empty(), Optional.empty());
  }

  public CompleteSignInCommand(
      PendingSignIn pending,
      SecondFactorProof proof,
      ClientInfo client,
      Optional<SessionToken> previous) {
    this(pending, proof, client, previous, Optional.empty());
  }
}
