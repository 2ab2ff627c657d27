package dev.authdash.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.error.InvalidInputException;
import dev.authdash.core.error.InvalidUsernameException;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

  @Test
  void usernames_areTrimmedAndLowerCased() {
    assertThat(Username.of("  Alice.Smith_2-x ").value()).isEqualTo("alice.smith_2-x");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"ab", "<script>alert(1)</script>", "a b c", "bob@example.com", "ünïcode", "x"})
  void usernamesOutsideTheRule_areRefused(String bad) {
    assertThatThrownBy(() -> Username.of(bad)).isInstanceOf(InvalidUsernameException.class);
    assertThat(Username.parse(bad)).isEmpty();
  }

  @Test
  void usernamesLongerThan32_areRefused() {
    assertThat(Username.parse("a".repeat(32))).isPresent();
    assertThatThrownBy(() -> Username.of("a".repeat(33)))
        .hasMessage("Username must be 3 to 32 characters: letters, digits, '.', '_' or '-'.");
  }

  @Test
  void emailAddresses_areTrimmedAndLowerCased() {
    assertThat(EmailAddress.of("  Alice.Smith+tag@Example.COM ").value())
        .isEqualTo("alice.smith+tag@example.com");
    assertThat(EmailAddress.of("o'brien@xn--bcher-kva.example").domain())
        .isEqualTo("xn--bcher-kva.example");
    assertThat(EmailAddress.of("alice@example.com").masked()).isEqualTo("a***@example.com");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain",
        "@example.com",
        "alice@",
        "alice@localhost",
        "a@b@example.com",
        "alice smith@example.com",
        "<alice>@example.com",
        "alice@exa mple.com",
        "alice@-example.com",
        "alice@example..com",
        ".alice@example.com",
        "al..ice@example.com",
        "alice@example.com\r\nBcc: x@y.z",
        "alice\"@example.com"
      })
  void addressesOutsideTheRules_areRefused(String bad) {
    assertThatThrownBy(() -> EmailAddress.of(bad)).isInstanceOf(InvalidInputException.class);
    assertThat(EmailAddress.parse(bad)).isEmpty();
  }

  @Test
  void addressesLongerThan254_orWithALocalPartOver64_areRefused() {
    String label = "d".repeat(60) + ".";
    String domain = "@" + label.repeat(4) + "com";
    String longest = "a".repeat(254 - domain.length()) + domain;
    assertThat(EmailAddress.parse(longest)).isPresent();
    assertThat(EmailAddress.parse("a" + longest)).isEmpty();
    assertThat(EmailAddress.parse("a".repeat(64) + "@example.com")).isPresent();
    assertThat(EmailAddress.parse("a".repeat(65) + "@example.com")).isEmpty();
    assertThatThrownBy(() -> EmailAddress.of(" ")).hasMessage("Email address is required.");
  }

  @Test
  void sessionTokens_carry256RandomBits_andParseBack() {
    SessionToken token = SessionToken.generate();

    assertThat(Base64.getUrlDecoder().decode(token.reveal())).hasSize(32);
    assertThat(SessionToken.parse(token.reveal())).contains(token);
    assertThat(SessionToken.generate()).isNotEqualTo(token);
  }

  @Test
  void malformedTokens_areNoToken() {
    assertThat(SessionToken.parse(null)).isEmpty();
    assertThat(SessionToken.parse("")).isEmpty();
    assertThat(SessionToken.parse("abc")).isEmpty();
    assertThat(SessionToken.parse("'; DROP TABLE users; --" + "x".repeat(20))).isEmpty();
  }

  @Test
  void theDigestOfAToken_isSha256Hex_andDiffersFromTheToken() {
    SessionToken token = SessionToken.generate();

    assertThat(token.digest().value()).hasSize(64).doesNotContain(token.reveal());
    assertThat(token.digest()).isEqualTo(SessionToken.parse(token.reveal()).orElseThrow().digest());
  }

  @Test
  void secrets_neverShowInToString() {
    SessionToken token = SessionToken.generate();
    Password password = Password.of("violet kettle orbit lantern");

    assertThat(token.toString()).doesNotContain(token.reveal());
    assertThat(password.toString()).doesNotContain("violet");
    assertThat(
            new dev.authdash.core.port.in.LoginCommand("alice", password, ClientInfo.local())
                .toString())
        .doesNotContain("violet");
  }

  @Test
  void clientInfo_isClippedAndStrippedOfControlCharacters() {
    ClientInfo info = ClientInfo.of("10.0.0.1\r\nX-Injected: 1", "A".repeat(1000));

    assertThat(info.address()).doesNotContain("\r").doesNotContain("\n");
    assertThat(info.userAgent()).hasSize(256);
    assertThat(ClientInfo.of(null, null).address()).isEqualTo("unknown");
  }
}
