package dev.authdash.crypto.nativeargon2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.crypto.SpringPasswordHasher;
import dev.authdash.crypto.nativeargon2.PasswordHashers.Implementation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Runs only in surefire's {@code bundled-native-library} execution, whose JVM hides system copies
 * of libargon2 ({@code jna.platform.library.path=/nonexistent}): the copy inside the argon2-jvm
 * jar, the one a machine without libargon2 gets, must load and agree with BouncyCastle too.
 */
class BundledNativeLibraryTest {

  @BeforeAll
  static void runsInTheJvmThatHidesSystemCopies() {
    assertThat(System.getProperty("jna.platform.library.path"))
        .as("run by surefire's bundled-native-library execution, not on its own")
        .isEqualTo("/nonexistent");
  }

  @Test
  void theLibraryInsideTheJar_isLoaded_andAgreesWithBouncyCastleBothWays() {
    NativeArgon2PasswordEncoder nativeEncoder = new NativeArgon2PasswordEncoder();
    Argon2PasswordEncoder bouncyCastle = SpringPasswordHasher.owaspArgon2();

    // JNA unpacks a library found on the class path to a temporary file named jna*.tmp.
    assertThat(nativeEncoder.libraryFile()).matches(".*jna[^/]*\\.tmp$");
    for (String password : SamplePasswords.all().toList()) {
      assertThat(bouncyCastle.matches(password, nativeEncoder.encode(password))).isTrue();
      assertThat(nativeEncoder.matches(password, bouncyCastle.encode(password))).isTrue();
      assertThat(nativeEncoder.matches(password + "?", bouncyCastle.encode(password))).isFalse();
    }
    assertThat(PasswordHashers.choice().implementation())
        .isEqualTo(Implementation.NATIVE_LIBARGON2);
  }
}
