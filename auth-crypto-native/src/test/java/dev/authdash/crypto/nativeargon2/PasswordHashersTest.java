package dev.authdash.crypto.nativeargon2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.crypto.SpringPasswordHasher;
import dev.authdash.core.port.out.PasswordHasher;
import dev.authdash.crypto.nativeargon2.PasswordHashers.Choice;
import dev.authdash.crypto.nativeargon2.PasswordHashers.Implementation;
import java.io.File;
import org.junit.jupiter.api.Test;

class PasswordHashersTest {

  @Test
  void whereTheLibraryLoads_theNativeHasherIsChosen_andSaysWhereFrom() {
    Choice choice = PasswordHashers.choose(true);

    assertThat(choice.implementation()).isEqualTo(Implementation.NATIVE_LIBARGON2);
    assertThat(choice.reason()).startsWith("libargon2 loaded from ").endsWith("self-test");
    String file = choice.reason().replaceAll("^libargon2 loaded from (.*) and passed.*$", "$1");
    assertThat(new File(file)).isFile();
  }

  @Test
  void theNativeChoice_andThePureJavaHasher_verifyEachOthersHashes() {
    PasswordHasher chosen = PasswordHashers.choose(true).hasher();
    PasswordHasher pureJava = new SpringPasswordHasher();

    String fromChosen = chosen.hash(SamplePasswords.LONG_UNICODE);
    assertThat(fromChosen).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(pureJava.matches(SamplePasswords.LONG_UNICODE, fromChosen)).isTrue();
    assertThat(
            chosen.matches(
                SamplePasswords.LONG_UNICODE, pureJava.hash(SamplePasswords.LONG_UNICODE)))
        .isTrue();
    assertThat(chosen.matches(SamplePasswords.LONG_ASCII, fromChosen)).isFalse();
    assertThat(chosen.matches("anything", "{md5}5f4dcc3b5aa765d61d8327deb882cf99")).isFalse();
  }

  @Test
  void turnedOff_thePureJavaHasherIsChosen_andStillWorks() {
    Choice choice = PasswordHashers.choose(false);

    assertThat(choice.implementation()).isEqualTo(Implementation.PURE_JAVA_BOUNCYCASTLE);
    assertThat(choice.reason()).contains("authdash.argon2.native=false");
    String hash = choice.hasher().hash(SamplePasswords.UNICODE);
    assertThat(PasswordHashers.choose(true).hasher().matches(SamplePasswords.UNICODE, hash))
        .isTrue();
  }

  @Test
  void best_isChosenOncePerJvm_andIsTheNativeOneHere() {
    assertThat(PasswordHashers.best()).isSameAs(PasswordHashers.best());
    assertThat(PasswordHashers.choice().hasher()).isSameAs(PasswordHashers.best());
    assertThat(PasswordHashers.choice().implementation())
        .isEqualTo(Implementation.NATIVE_LIBARGON2);
  }
}
