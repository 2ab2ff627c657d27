package dev.authdash.crypto.nativeargon2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.crypto.SpringPasswordHasher;
import dev.authdash.crypto.nativeargon2.PasswordHashers.Choice;
import dev.authdash.crypto.nativeargon2.PasswordHashers.Implementation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs only in surefire's {@code without-native-library} execution, whose JVM has argon2-jvm's
 * classes but not its jar of native libraries, and hides system copies of libargon2 from JNA
 * ({@code jna.platform.library.path=/nonexistent}), as on a platform the jar has no library for:
 * the fallback meets the real UnsatisfiedLinkError, then the NoClassDefFoundError of later tries.
 * (A machine with a {@code libargon2.so} development link on the linker's path would still load it,
 * and this test would say so.)
 */
class PasswordHashersWithoutNativeLibraryTest {

  @BeforeAll
  static void runsInTheJvmWithoutLibargon2() {
    assertThat(System.getProperty("jna.platform.library.path"))
        .as("run by surefire's without-native-library execution, not on its own")
        .isEqualTo("/nonexistent");
    assertThat(
            PasswordHashersWithoutNativeLibraryTest.class.getResource("/linux-x86-64/libargon2.so"))
        .as("argon2-jvm's jar of native libraries is off the class path")
        .isNull();
  }

  @Test
  void theNativeEncoder_cannotBeMade_atTheFirstTryNorAtLaterOnes() {
    assertThatThrownBy(NativeArgon2PasswordEncoder::new)
        .isInstanceOf(NativeArgon2UnavailableException.class)
        .hasMessageStartingWith("libargon2 could not be loaded or run")
        .hasMessageContaining("UnsatisfiedLinkError")
        .hasMessageContaining("argon2")
        .hasCauseInstanceOf(LinkageError.class);
    // The class whose initialiser failed is not tried again: the cause is an echo of the first.
    assertThatThrownBy(NativeArgon2PasswordEncoder::new)
        .isInstanceOf(NativeArgon2UnavailableException.class)
        .hasMessageContaining("UnsatisfiedLinkError")
        .hasCauseInstanceOf(LinkageError.class);
  }

  @Test
  void best_fallsBackToPureJava_saysWhy_andItsHashesAreTheSameKind() {
    Choice choice = PasswordHashers.choice();

    assertThat(choice.implementation()).isEqualTo(Implementation.PURE_JAVA_BOUNCYCASTLE);
    assertThat(choice.reason()).contains("libargon2").contains("UnsatisfiedLinkError");
    assertThat(PasswordHashers.best()).isSameAs(choice.hasher());
    String hash = PasswordHashers.best().hash(SamplePasswords.UNICODE);
    assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(new SpringPasswordHasher().matches(SamplePasswords.UNICODE, hash)).isTrue();
    assertThat(PasswordHashers.best().matches(SamplePasswords.ASCII, hash)).isFalse();
  }
}
