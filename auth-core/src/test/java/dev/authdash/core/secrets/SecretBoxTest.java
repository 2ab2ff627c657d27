package dev.authdash.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecretBoxTest {
  private final SecretBox box = SecretBox.ofBase64(SecretBox.generateKey());
  private final byte[] plain = "a totp key".getBytes(StandardCharsets.UTF_8);

  @Test
  void whatIsSealed_opensWithTheSameKeyAndContext_andIsNotThePlainText() {
    String sealed = box.seal(plain, "user 1");

    assertThat(sealed).doesNotContain("totp");
    assertThat(box.open(sealed, "user 1")).isEqualTo(plain);
    assertThat(box.seal(plain, "user 1")).isNotEqualTo(sealed);
  }

  @Test
  void anotherKey_anotherContext_orAnAlteredValue_openNothing() {
    String sealed = box.seal(plain, "user 1");
    SecretBox other = SecretBox.ofBase64(SecretBox.generateKey());
    char last = sealed.charAt(10);
    String altered = sealed.substring(0, 10) + (last == 'A' ? 'B' : 'A') + sealed.substring(11);

    assertThatThrownBy(() -> other.open(sealed, "user 1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> box.open(sealed, "user 2"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> box.open(altered, "user 1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> box.open("not base64 at all!", "user 1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aKeyOfTheWrongLength_isRefusedWithAReason() {
    assertThatThrownBy(() -> SecretBox.ofBase64("c2hvcnQ="))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
    assertThat(box.toString()).doesNotContain(SecretBox.generateKey().substring(0, 4));
  }
}
