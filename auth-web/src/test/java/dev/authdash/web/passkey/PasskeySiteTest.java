package dev.authdash.web.passkey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where passkeys are bound, read from AUTH_PUBLIC_URL, and why they are off without it. */
class PasskeySiteTest {

  @Test
  void thePublicAddress_givesTheRpIdAndTheOrigin() {
    PasskeySite site = PasskeySite.of("https://Auth.Example.com/some/path");
    assertThat(site.enabled()).isTrue();
    assertThat(site.rpId()).isEqualTo("auth.example.com");
    assertThat(site.origin()).isEqualTo("https://auth.example.com");

    PasskeySite development = PasskeySite.of("http://localhost:8080");
    assertThat(development.rpId()).isEqualTo("localhost");
    assertThat(development.origin()).isEqualTo("http://localhost:8080");
  }

  @Test
  void withoutAPublicAddress_passkeysAreOff_andTheReasonNamesTheSetting() {
    PasskeySite off = PasskeySite.of("");
    assertThat(off.enabled()).isFalse();
    assertThat(off.off().orElseThrow()).contains("AUTH_PUBLIC_URL");
  }

  @Test
  void plainHttpOtherThanLocalhost_andNonsense_turnThemOff() {
    assertThat(PasskeySite.of("http://auth.example.com").off().orElseThrow()).contains("https");
    assertThat(PasskeySite.of("ftp://example.com").enabled()).isFalse();
    assertThat(PasskeySite.of("not a url at all").enabled()).isFalse();
  }
}
