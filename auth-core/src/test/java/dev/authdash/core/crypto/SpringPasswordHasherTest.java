package dev.authdash.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

class SpringPasswordHasherTest {
  private final SpringPasswordHasher hasher = new SpringPasswordHasher();

  @Test
  void hashes_areArgon2idAtOwaspMinimum_andCarryTheirAlgorithmAndParameters() {
    String hash = hasher.hash("violet kettle orbit lantern");

    assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
  }

  @Test
  void theSamePassword_hashesDifferentlyEachTime_butBothVerify() {
    String a = hasher.hash("violet kettle orbit lantern");
    String b = hasher.hash("violet kettle orbit lantern");

    assertThat(a).isNotEqualTo(b);
    assertThat(hasher.matches("violet kettle orbit lantern", a)).isTrue();
    assertThat(hasher.matches("violet kettle orbit lantern", b)).isTrue();
    assertThat(hasher.matches("violet kettle orbit lanterN", a)).isFalse();
  }

  @Test
  void aHashMadeWithWeakerParameters_needsAnUpgrade_andTodaysDoesNot() {
    String weak = WeakHashes.argon2(4096, 1, "violet kettle orbit lantern");

    assertThat(hasher.matches("violet kettle orbit lantern", weak)).isTrue();
    assertThat(hasher.needsUpgrade(weak)).isTrue();
    assertThat(hasher.needsUpgrade(hasher.hash("violet kettle orbit lantern"))).isFalse();
  }

  @Test
  void aHashOfAnUnknownFormat_isNoMatch_notAnError() {
    assertThat(hasher.matches("anything", "{md5}5f4dcc3b5aa765d61d8327deb882cf99")).isFalse();
    assertThat(hasher.matches("anything", "not a hash at all")).isFalse();
  }

  @Test
  void aTruncatedOrCorruptStoredHash_isNoMatch_notACrash() {
    String good = hasher.hash("violet kettle orbit lantern");

    assertThat(hasher.matches("violet kettle orbit lantern", good.substring(0, good.length() - 30)))
        .isFalse();
    assertThat(hasher.matches("violet kettle orbit lantern", "{argon2}$argon2id$v=19$m=19456"))
        .isFalse();
    assertThat(
            hasher.matches("violet kettle orbit lantern", "{argon2}$argon2id$v=19$m=x,t=2,p=1$a$b"))
        .isFalse();
  }

  @Test
  void aCustomArgon2Encoder_pluggedIn_verifiesHashesOfTheDefaultOne() {
    SpringPasswordHasher custom =
        new SpringPasswordHasher(new Argon2PasswordEncoder(16, 32, 1, 19_456, 2));

    assertThat(custom.matches("pass phrase one", hasher.hash("pass phrase one"))).isTrue();
    assertThat(hasher.matches("pass phrase one", custom.hash("pass phrase one"))).isTrue();
  }
}
