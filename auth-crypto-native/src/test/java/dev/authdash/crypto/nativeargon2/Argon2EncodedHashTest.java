package dev.authdash.crypto.nativeargon2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.crypto.nativeargon2.Argon2EncodedHash.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

class Argon2EncodedHashTest {
  private static final String SPRING_FORM =
      "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$"
          + "YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWE";

  @Test
  void theSpringForm_readsAndWritesBackUnchanged() {
    Argon2EncodedHash hash = Argon2EncodedHash.decode(SPRING_FORM);

    assertThat(hash.type()).isEqualTo(Type.ARGON2ID);
    assertThat(hash.version()).isEqualTo(0x13);
    assertThat(hash.memoryKib()).isEqualTo(19_456);
    assertThat(hash.iterations()).isEqualTo(2);
    assertThat(hash.parallelism()).isEqualTo(1);
    assertThat(hash.salt()).hasSize(16);
    assertThat(hash.hash()).hasSize(32);
    assertThat(hash.encode()).isEqualTo(SPRING_FORM);
  }

  @Test
  void paddedBase64_isRead_andWrittenBackUnpadded() {
    String padded =
        "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA==$"
            + "YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWE=";

    assertThat(Argon2EncodedHash.decode(padded).encode()).isEqualTo(SPRING_FORM);
  }

  @Test
  void withoutAVersion_theHashIsVersion16() {
    Argon2EncodedHash hash =
        Argon2EncodedHash.decode("$argon2i$m=4096,t=3,p=1$c29tZXNhbHRzb21lc2FsdA$YWFhYWFhYWE");

    assertThat(hash.type()).isEqualTo(Type.ARGON2I);
    assertThat(hash.version()).isEqualTo(0x10);
    assertThat(hash.encode()).startsWith("$argon2i$v=16$m=4096,t=3,p=1$");
  }

  @Test
  void anythingElse_isRefused() {
    for (String malformed :
        List.of(
            "",
            "argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA",
            "$argon2$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA",
            "$argon2id$v=18$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA",
            "$argon2id$v=19$t=2,m=19456,p=1$c2FsdHNhbHQ$aGFzaA",
            "$argon2id$v=19$m=19456,t=2,p=1,k=1$c2FsdHNhbHQ$aGFzaA",
            "$argon2id$v=19$m=0,t=2,p=1$c2FsdHNhbHQ$aGFzaA",
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ",
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA$extra",
            "$argon2id$v=19$m=19456,t=2,p=1$$aGFzaA",
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$a*b")) {
      assertThatThrownBy(() -> Argon2EncodedHash.decode(malformed))
          .as(malformed)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void wipe_zeroesTheSaltAndHash_andToStringNeverShowsThem() {
    Argon2EncodedHash hash = Argon2EncodedHash.decode(SPRING_FORM);

    assertThat(hash.toString())
        .isEqualTo("$argon2id$v=19$m=19456,t=2,p=1$…")
        .doesNotContain("c29tZXNhbHRzb21lc2FsdA");
    hash.wipe();
    assertThat(hash.salt()).containsOnly(0);
    assertThat(hash.hash()).containsOnly(0);
  }
}
