package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.AuthCore;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.PageRequest;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.virtualauthenticator.Credential;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;

/**
 * Forged passkey sign-ins, refused at the server. A browser's virtual authenticator registers a
 * passkey as a person would; the test then takes that passkey's private key and signs sign-in
 * answers itself over HTTP, as an attacker holding the key (or a phishing site relaying it) could.
 * One answer made exactly like the browser's is accepted, which shows the signing is right; each
 * forgery differs from it in one field only: the challenge, the origin, a replay, a counter that
 * went back.
 */
class PasskeyForgeryIT {
  private static final Pattern CHALLENGE = Pattern.compile("\"challenge\"\\s*:\\s*\"([^\"]+)\"");
  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

  @RegisterExtension static final BrowserDashboard app = BrowserDashboard.withPublicUrl();

  /** The passkey a real browser registered for the user: its id, user handle and private key. */
  private record Stolen(byte[] id, byte[] userHandle, PrivateKey key) {}

  private static Stolen registerInABrowser(String name) throws GeneralSecurityException {
    try (Chromium browser = Chromium.start()) {
      VirtualAuthenticator authenticator = Passkeys.fingerprintReader(browser);
      browser.signIn(app.base(), name, Accounts.PASSWORD);
      Passkeys.add(browser, app.base(), "Laptop");
      Credential credential = authenticator.getCredentials().get(0);
      PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(credential.getPrivateKey());
      return new Stolen(credential.getId(), credential.getUserHandle(), key);
    }
  }

  /** A client that asked the server for a sign-in challenge (and holds its ceremony cookie). */
  private static final class Attempt {
    final Browser client = new Browser(URI.create(app.base()));
    final String csrfToken;
    final String challenge;

    Attempt() {
      csrfToken = client.get("/").csrfToken();
      Browser.Page options =
          client.post("/login/passkey/options", Map.of("csrfToken", csrfToken), "application/json");
      assertThat(options.status()).isEqualTo(200);
      Matcher found = CHALLENGE.matcher(options.body());
      assertThat(found.find()).as(options.body()).isTrue();
      challenge = found.group(1);
    }

    Browser.Page answer(String credentialJson) {
      return client.post(
          "/login/passkey", Map.of("credential", credentialJson, "csrfToken", csrfToken));
    }
  }

  /** A sign-in answer signed with the passkey's key, over what the fields say. */
  private static String assertion(Stolen passkey, String challenge, String origin, int counter)
      throws GeneralSecurityException {
    byte[] rpIdHash =
        MessageDigest.getInstance("SHA-256").digest("localhost".getBytes(StandardCharsets.UTF_8));
    byte[] authenticatorData =
        ByteBuffer.allocate(37)
            .put(rpIdHash)
            .put((byte) 0x05) // user present, user verified
            .putInt(counter)
            .array();
    byte[] clientData =
        ("{\"type\":\"webauthn.get\",\"challenge\":\""
                + challenge
                + "\",\"origin\":\""
                + origin
                + "\",\"crossOrigin\":false}")
            .getBytes(StandardCharsets.UTF_8);
    Signature signer = Signature.getInstance("SHA256withECDSA");
    signer.initSign(passkey.key());
    signer.update(authenticatorData);
    signer.update(MessageDigest.getInstance("SHA-256").digest(clientData));
    String id = B64URL.encodeToString(passkey.id());
    return "{\"type\":\"public-key\",\"id\":\""
        + id
        + "\",\"rawId\":\""
        + id
        + "\",\"response\":{\"clientDataJSON\":\""
        + B64URL.encodeToString(clientData)
        + "\",\"authenticatorData\":\""
        + B64URL.encodeToString(authenticatorData)
        + "\",\"signature\":\""
        + B64URL.encodeToString(signer.sign())
        + "\",\"userHandle\":\""
        + B64URL.encodeToString(passkey.userHandle())
        + "\"},\"clientExtensionResults\":{}}";
  }

  private static void assertRefused(Browser.Page page) {
    assertThat(page.status()).isEqualTo(303);
    assertThat(page.location()).isEqualTo("/");
    assertThat(page.setCookies()).noneMatch(c -> c.contains("authdash=") && !c.contains("=;"));
  }

  private static long events(String name, AuditEventType type) {
    return app.bean(AuthCore.class)
        .readAuditLog()
        .readAuditLog(
            Actor.operator("test"),
            new AuditQuery(
                Optional.of(name), Optional.of(type), Optional.empty(), PageRequest.first(100)))
        .total();
  }

  @Test
  void forgedAnswers_areRefused_whileOneMadeAsTheBrowserMakesIt_isAccepted() throws Exception {
    String name = Accounts.user(app.users(), "forge");
    Stolen passkey = registerInABrowser(name);

    // The control: right challenge, right origin, a counter that moved forward.
    Attempt genuine = new Attempt();
    String signed = assertion(passkey, genuine.challenge, app.base(), 100);
    Browser.Page accepted = genuine.answer(signed);
    assertThat(accepted.status()).isEqualTo(303);
    assertThat(accepted.location()).isEqualTo("/dashboard");

    // A challenge the server never gave.
    Attempt wrongChallenge = new Attempt();
    assertRefused(
        wrongChallenge.answer(
            assertion(passkey, B64URL.encodeToString(new byte[32]), app.base(), 101)));

    // Another site's origin (a phishing page relaying the sign-in).
    Attempt wrongOrigin = new Attempt();
    assertRefused(
        wrongOrigin.answer(
            assertion(passkey, wrongOrigin.challenge, "https://auth.example.evil", 102)));

    // The accepted answer again, against a fresh challenge: a replay.
    assertRefused(new Attempt().answer(signed));

    // The right challenge and origin, but a counter that went back: a cloned authenticator.
    Attempt cloned = new Attempt();
    assertRefused(cloned.answer(assertion(passkey, cloned.challenge, app.base(), 50)));
    assertThat(events(name, AuditEventType.PASSKEY_CLONED_SUSPECTED)).isEqualTo(1);
    assertThat(events(name, AuditEventType.LOGIN_SUCCEEDED)).isEqualTo(2); // password, passkey
  }
}
