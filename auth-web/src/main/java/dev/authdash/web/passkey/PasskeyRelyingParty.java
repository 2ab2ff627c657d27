package dev.authdash.web.passkey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.yubico.webauthn.AssertionRequest;
import com.yubico.webauthn.AssertionResult;
import com.yubico.webauthn.CredentialRepository;
import com.yubico.webauthn.FinishAssertionOptions;
import com.yubico.webauthn.FinishRegistrationOptions;
import com.yubico.webauthn.RegisteredCredential;
import com.yubico.webauthn.RegistrationResult;
import com.yubico.webauthn.RelyingParty;
import com.yubico.webauthn.StartAssertionOptions;
import com.yubico.webauthn.StartRegistrationOptions;
import com.yubico.webauthn.data.AuthenticatorSelectionCriteria;
import com.yubico.webauthn.data.AuthenticatorTransport;
import com.yubico.webauthn.data.ByteArray;
import com.yubico.webauthn.data.PublicKeyCredential;
import com.yubico.webauthn.data.PublicKeyCredentialCreationOptions;
import com.yubico.webauthn.data.PublicKeyCredentialDescriptor;
import com.yubico.webauthn.data.RelyingPartyIdentity;
import com.yubico.webauthn.data.ResidentKeyRequirement;
import com.yubico.webauthn.data.UserIdentity;
import com.yubico.webauthn.data.UserVerificationRequirement;
import com.yubico.webauthn.exception.AssertionFailedException;
import com.yubico.webauthn.exception.RegistrationFailedException;
import dev.authdash.core.model.Passkey;
import dev.authdash.core.model.PasskeyAssertion;
import dev.authdash.core.model.PasskeyHolder;
import dev.authdash.core.model.PasskeyId;
import dev.authdash.core.model.VerifiedPasskey;
import dev.authdash.core.port.in.PasskeySignInUseCase;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebAuthn relying party, on Yubico's {@code webauthn-server-core}: the one class that knows
 * the library. It makes the options a browser passes to {@code navigator.credentials}, keeps
 * nothing (the request travels through {@link PasskeyCeremonies}), and verifies what comes back:
 * the challenge, the origin and RP id of {@link PasskeySite}, the signature with the stored public
 * key, user presence and, for a sign-in with a passkey alone, user verification. What it hands the
 * core is already verified ({@link VerifiedPasskey}, {@link PasskeyAssertion}); the core decides
 * about signature counts (the library's own counter check is off for that reason), removed passkeys
 * and lockouts.
 */
@Context
public final class PasskeyRelyingParty {
  private static final Logger LOG = LoggerFactory.getLogger(PasskeyRelyingParty.class);
  private static final long TIMEOUT_MS = PasskeyCeremonies.LIFETIME.toMillis();
  private static final String NOT_VERIFIED =
      "Your passkey could not be verified. Try again, or sign in another way.";

  /** A ceremony's start: what to keep for the finish, and what to hand the browser. */
  public record Ceremony(String request, String browserOptions) {}

  private final PasskeySite site;
  private final RelyingParty relyingParty;

  PasskeyRelyingParty(
      @Value("${auth.public-url:}") String publicUrl,
      PasskeySignInUseCase passkeySignIn,
      Clock clock) {
    this.site = PasskeySite.of(publicUrl);
    if (site.enabled()) {
      this.relyingParty =
          RelyingParty.builder()
              .identity(
                  RelyingPartyIdentity.builder().id(site.rpId()).name("auth-dashboard").build())
              .credentialRepository(new Credentials(passkeySignIn))
              .origins(Set.of(site.origin()))
              .validateSignatureCounter(false)
              .clock(clock)
              .build();
      LOG.info("Passkeys: on for {} (relying-party id {})", site.origin(), site.rpId());
    } else {
      this.relyingParty = null;
      LOG.info("{}", site.off().orElseThrow());
    }
  }

  public boolean enabled() {
    return relyingParty != null;
  }

  public PasskeySite site() {
    return site;
  }

  /** Options for adding a discoverable passkey to this user (their passkeys excluded). */
  public Ceremony startRegistration(PasskeyHolder user) {
    PublicKeyCredentialCreationOptions options =
        on().startRegistration(
                StartRegistrationOptions.builder()
                    .user(
                        UserIdentity.builder()
                            .name(user.username())
                            .displayName(user.username())
                            .id(new ByteArray(user.userHandle()))
                            .build())
                    .authenticatorSelection(
                        AuthenticatorSelectionCriteria.builder()
                            .residentKey(ResidentKeyRequirement.REQUIRED)
                            .userVerification(UserVerificationRequirement.PREFERRED)
                            .build())
                    .timeout(TIMEOUT_MS)
                    .build());
    try {
      return new Ceremony(options.toJson(), options.toCredentialsCreateJson());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the library's own options did not serialise", e);
    }
  }

  public VerifiedPasskey finishRegistration(String request, String responseJson) {
    try {
      var response = PublicKeyCredential.parseRegistrationResponseJson(responseJson);
      RegistrationResult result =
          on().finishRegistration(
                  FinishRegistrationOptions.builder()
                      .request(PublicKeyCredentialCreationOptions.fromJson(request))
                      .response(response)
                      .build());
      Set<String> transports =
          response.getResponse().getTransports().stream()
              .map(AuthenticatorTransport::getId)
              .collect(Collectors.toSet());
      return new VerifiedPasskey(
          PasskeyId.of(result.getKeyId().getId().getBytes()),
          result.getPublicKeyCose().getBytes(),
          result.getSignatureCount(),
          transports);
    } catch (RegistrationFailedException | IOException | RuntimeException e) {
      LOG.info("A passkey registration was refused: {}", e.getMessage());
      throw new PasskeyRefusedException(NOT_VERIFIED, e);
    }
  }

  /**
   * Options for signing in: with no username, any discoverable passkey of this site (user
   * verification required, since it is the only factor); with one, that user's passkeys.
   */
  public Ceremony startSignIn(Optional<String> username) {
    AssertionRequest request =
        on().startAssertion(
                StartAssertionOptions.builder()
                    .username(username)
                    .userVerification(
                        username.isPresent()
                            ? UserVerificationRequirement.PREFERRED
                            : UserVerificationRequirement.REQUIRED)
                    .timeout(TIMEOUT_MS)
                    .build());
    try {
      return new Ceremony(request.toJson(), request.toCredentialsGetJson());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the library's own request did not serialise", e);
    }
  }

  public PasskeyAssertion finishSignIn(String request, String responseJson) {
    try {
      AssertionResult result =
          on().finishAssertion(
                  FinishAssertionOptions.builder()
                      .request(AssertionRequest.fromJson(request))
                      .response(PublicKeyCredential.parseAssertionResponseJson(responseJson))
                      .build());
      if (!result.isSuccess()) {
        throw new PasskeyRefusedException(NOT_VERIFIED);
      }
      return new PasskeyAssertion(
          PasskeyId.of(result.getCredential().getCredentialId().getBytes()),
          result.getSignatureCount());
    } catch (AssertionFailedException | IOException | RuntimeException e) {
      LOG.info("A passkey sign-in was refused: {}", e.getMessage());
      throw new PasskeyRefusedException(NOT_VERIFIED, e);
    }
  }

  private RelyingParty on() {
    if (relyingParty == null) {
      throw new PasskeyRefusedException("Passkeys are off on this site.");
    }
    return relyingParty;
  }

  /** The library's view of the stored passkeys, read through the core's lookups. */
  private static final class Credentials implements CredentialRepository {
    private final PasskeySignInUseCase lookups;

    Credentials(PasskeySignInUseCase lookups) {
      this.lookups = lookups;
    }

    @Override
    public Set<PublicKeyCredentialDescriptor> getCredentialIdsForUsername(String username) {
      return lookups.holder(username).stream()
          .flatMap(holder -> holder.passkeys().stream())
          .map(
              passkey ->
                  PublicKeyCredentialDescriptor.builder()
                      .id(new ByteArray(passkey.id().bytes()))
                      .transports(
                          passkey.transports().stream()
                              .map(AuthenticatorTransport::of)
                              .collect(Collectors.toSet()))
                      .build())
          .collect(Collectors.toSet());
    }

    @Override
    public Optional<ByteArray> getUserHandleForUsername(String username) {
      return lookups.holder(username).map(holder -> new ByteArray(holder.userHandle()));
    }

    @Override
    public Optional<String> getUsernameForUserHandle(ByteArray userHandle) {
      return lookups.holderOfHandle(userHandle.getBytes()).map(PasskeyHolder::username);
    }

    @Override
    public Optional<RegisteredCredential> lookup(ByteArray credentialId, ByteArray userHandle) {
      return lookupAll(credentialId).stream()
          .filter(credential -> credential.getUserHandle().equals(userHandle))
          .findFirst();
    }

    @Override
    public Set<RegisteredCredential> lookupAll(ByteArray credentialId) {
      PasskeyId id = PasskeyId.of(credentialId.getBytes());
      return lookups.holderOf(id).stream()
          .flatMap(holder -> holder.passkeys().stream())
          .filter(passkey -> passkey.id().equals(id))
          .map(Credentials::registered)
          .collect(Collectors.toSet());
    }

    private static RegisteredCredential registered(Passkey passkey) {
      return RegisteredCredential.builder()
          .credentialId(new ByteArray(passkey.id().bytes()))
          .userHandle(new ByteArray(passkey.userHandle()))
          .publicKeyCose(new ByteArray(passkey.publicKeyCose()))
          .signatureCount(passkey.signatureCount())
          .build();
    }
  }

  @Override
  public String toString() {
    return "PasskeyRelyingParty[" + (enabled() ? site.origin() : "off") + "]";
  }
}
