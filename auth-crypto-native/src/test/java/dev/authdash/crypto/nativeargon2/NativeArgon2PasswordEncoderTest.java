package dev.authdash.crypto.nativeargon2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.crypto.SpringPasswordHasher;
import dev.authdash.crypto.nativeargon2.Argon2EncodedHash.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

class NativeArgon2PasswordEncoderTest {
  private static final String OWASP_FORM =
      "^\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$";

  private final NativeArgon2PasswordEncoder nativeEncoder = new NativeArgon2PasswordEncoder();
  private final Argon2PasswordEncoder bouncyCastle = SpringPasswordHasher.owaspArgon2();

  static List<String> passwords() {
    return SamplePasswords.all().toList();
  }

  @ParameterizedTest
  @MethodSource("passwords")
  void aNativeHash_verifiesWithBouncyCastle_andAWrongPasswordDoesNot(String password) {
    String hash = nativeEncoder.encode(password);

    assertThat(bouncyCastle.matches(password, hash)).isTrue();
    assertThat(bouncyCastle.matches(password + "!", hash)).isFalse();
    assertThat(nativeEncoder.matches(password, hash)).isTrue();
  }

  @ParameterizedTest
  @MethodSource("passwords")
  void aBouncyCastleHash_verifiesNatively_andAWrongPasswordDoesNot(String password) {
    String hash = bouncyCastle.encode(password);

    assertThat(nativeEncoder.matches(password, hash)).isTrue();
    assertThat(nativeEncoder.matches(password + "!", hash)).isFalse();
  }

  @Test
  void nearMisses_areNoMatch() {
    String hash = nativeEncoder.encode(SamplePasswords.ASCII);

    for (String wrong :
        List.of(
            "Violet kettle orbit lantern",
            "violet kettle orbit lanter",
            "violet kettle orbit lantern ",
            "violet kettle orbit lantern\0",
            SamplePasswords.UNICODE)) {
      assertThat(nativeEncoder.matches(wrong, hash)).as(wrong).isFalse();
    }
  }

  @Test
  void aUnicodePassword_isHashedAsUtf8_likeBouncyCastle() {
    String hash = nativeEncoder.encode("é");

    // NFC "é" and NFD "e" + combining acute are different bytes, hence different passwords.
    assertThat(bouncyCastle.matches("é", hash)).isTrue();
    assertThat(nativeEncoder.matches("e\u0301", hash)).isFalse();
    assertThat(bouncyCastle.matches("e\u0301", hash)).isFalse();
  }

  @Test
  void hashes_carryTheCoreParameters_inUnpaddedStandardBase64() {
    String hash = nativeEncoder.encode(SamplePasswords.ASCII);

    assertThat(hash).matches(OWASP_FORM);
    String[] parts = hash.split("\\$");
    assertThat(parts[4] + parts[5]).doesNotContain("=");
    assertThat(bouncyCastle.encode(SamplePasswords.ASCII)).matches(OWASP_FORM);
  }

  @Test
  void theSamePassword_getsAFreshSaltEachTime() {
    String a = nativeEncoder.encode(SamplePasswords.ASCII);
    String b = nativeEncoder.encode(SamplePasswords.ASCII);

    assertThat(a).isNotEqualTo(b);
    assertThat(a.split("\\$")[4]).isNotEqualTo(b.split("\\$")[4]);
  }

  @Test
  void aHashWrittenWithBase64Padding_stillVerifies() {
    String[] parts = bouncyCastle.encode(SamplePasswords.ASCII).split("\\$");
    // 16 salt bytes are 22 characters + "==", 32 hash bytes are 43 + "=".
    String padded =
        String.join("$", parts[0], parts[1], parts[2], parts[3], parts[4] + "==", parts[5] + "=");

    assertThat(nativeEncoder.matches(SamplePasswords.ASCII, padded)).isTrue();
    assertThat(bouncyCastle.matches(SamplePasswords.ASCII, padded)).isTrue();
    assertThat(nativeEncoder.matches("wrong", padded)).isFalse();
  }

  @Test
  void throughTheCoreHasher_eitherEncoderVerifiesTheOthersStoredHashes() {
    SpringPasswordHasher onNative = new SpringPasswordHasher(nativeEncoder);
    SpringPasswordHasher onBouncyCastle = new SpringPasswordHasher();

    String fromNative = onNative.hash(SamplePasswords.UNICODE);
    String fromBouncyCastle = onBouncyCastle.hash(SamplePasswords.UNICODE);

    assertThat(fromNative).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(onBouncyCastle.matches(SamplePasswords.UNICODE, fromNative)).isTrue();
    assertThat(onNative.matches(SamplePasswords.UNICODE, fromBouncyCastle)).isTrue();
    assertThat(onNative.matches(SamplePasswords.ASCII, fromBouncyCastle)).isFalse();
    assertThat(onNative.needsUpgrade(fromNative)).isFalse();
    assertThat(onNative.needsUpgrade(fromBouncyCastle)).isFalse();
  }

  @Test
  void weakerMemoryOrIterations_needAnUpgrade_asSpringDecides() {
    String lessMemory = new Argon2PasswordEncoder(16, 32, 1, 4096, 2).encode("pw");
    String fewerIterations = new Argon2PasswordEncoder(16, 32, 1, 19_456, 1).encode("pw");
    String today = nativeEncoder.encode("pw");
    String stronger = new NativeArgon2PasswordEncoder(16, 32, 1, 19_456, 3).encode("pw");

    assertThat(nativeEncoder.upgradeEncoding(lessMemory)).isTrue();
    assertThat(nativeEncoder.upgradeEncoding(fewerIterations)).isTrue();
    assertThat(nativeEncoder.upgradeEncoding(today)).isFalse();
    assertThat(nativeEncoder.upgradeEncoding(stronger)).isFalse();
    for (String hash : List.of(lessMemory, fewerIterations, today, stronger)) {
      assertThat(nativeEncoder.upgradeEncoding(hash))
          .as(hash)
          .isEqualTo(bouncyCastle.upgradeEncoding(hash));
    }
    // And the weaker hashes still verify, so the login that finds them can rehash.
    assertThat(nativeEncoder.matches("pw", lessMemory)).isTrue();
    assertThat(nativeEncoder.matches("pw", fewerIterations)).isTrue();
    assertThat(nativeEncoder.matches("pw", stronger)).isTrue();
  }

  @Test
  void nullEmptyAndMalformedInput_isAnsweredAsSpringAnswersIt() {
    String hash = nativeEncoder.encode("pw");

    assertThat(nativeEncoder.encode(null)).isNull();
    assertThat(nativeEncoder.matches(null, hash)).isFalse();
    assertThat(nativeEncoder.matches("", hash)).isFalse();
    assertThat(nativeEncoder.matches("pw", null)).isFalse();
    assertThat(nativeEncoder.matches("pw", "")).isFalse();
    assertThat(nativeEncoder.upgradeEncoding(null)).isFalse();
    assertThat(nativeEncoder.upgradeEncoding("")).isFalse();
    for (String malformed :
        List.of(
            "not a hash",
            "{bcrypt}$2a$10$abcdefghijklmnopqrstuv",
            "$argon2id$v=19$m=19456,t=2$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNo",
            "$argon2id$v=19$m=x,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNo",
            "$argon2id$v=19$m=19456,t=2,p=1$not*base64$aGFzaGhhc2hoYXNo",
            "$argon2x$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNo")) {
      assertThat(nativeEncoder.matches("pw", malformed)).as(malformed).isFalse();
      assertThat(bouncyCastle.matches("pw", malformed)).as(malformed).isFalse();
    }
    assertThatThrownBy(() -> nativeEncoder.upgradeEncoding("not a hash"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTruncatedHash_isNoMatch_whereSpringsOwnEncoderThrows() {
    String truncated = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0";

    assertThat(nativeEncoder.matches("pw", truncated)).isFalse();
    // Spring 7.1.2 reads past the end: worth knowing, as SpringPasswordHasher catches only IAE.
    assertThatThrownBy(() -> bouncyCastle.matches("pw", truncated))
        .isInstanceOf(ArrayIndexOutOfBoundsException.class);
  }

  @Test
  void anEmptyPassword_isHashed_asSpringHashesIt() {
    String hash = nativeEncoder.encode("");

    assertThat(hash).matches(OWASP_FORM);
    Argon2EncodedHash decoded = Argon2EncodedHash.decode(hash);
    assertThat(bouncyCastleRaw(Type.ARGON2ID, 0x13, 19_456, 2, "", decoded.salt(), 32))
        .isEqualTo(decoded.hash());
  }

  @Test
  void argon2iArgon2dAndVersion16Hashes_verifyNatively() {
    byte[] salt = "sixteen byte slt".getBytes(StandardCharsets.US_ASCII);
    for (Type type : Type.values()) {
      for (int version : List.of(0x10, 0x13)) {
        byte[] raw = bouncyCastleRaw(type, version, 1024, 2, "pw", salt, 32);
        String encoded = new Argon2EncodedHash(type, version, 1024, 2, 1, salt, raw).encode();
        String label = type + " v" + version;

        assertThat(nativeEncoder.matches("pw", encoded)).as(label).isTrue();
        assertThat(bouncyCastle.matches("pw", encoded)).as(label).isTrue();
        assertThat(nativeEncoder.matches("pW", encoded)).as(label).isFalse();
      }
    }
  }

  @Test
  void hashesLibargon2Refuses_areLeftToBouncyCastle_andStillVerify() {
    // A 4-byte salt and 4 KiB over 1 lane: below libargon2's minimums, accepted by BouncyCastle.
    String shortSalt = new Argon2PasswordEncoder(4, 32, 1, 19_456, 2).encode("pw");
    String tinyMemory = new Argon2PasswordEncoder(16, 32, 1, 4, 2).encode("pw");

    assertThat(nativeEncoder.matches("pw", shortSalt)).isTrue();
    assertThat(nativeEncoder.matches("pw", tinyMemory)).isTrue();
    assertThat(nativeEncoder.matches("pW", shortSalt)).isFalse();
  }

  @Test
  void theSelfTestsKnownAnswer_isBouncyCastlesAnswer() {
    byte[] expected =
        bouncyCastleRaw(
            Type.ARGON2ID,
            0x13,
            SpringPasswordHasher.MEMORY_KIB,
            SpringPasswordHasher.ITERATIONS,
            NativeArgon2PasswordEncoder.SELF_TEST_PASSWORD,
            NativeArgon2PasswordEncoder.SELF_TEST_SALT.getBytes(StandardCharsets.US_ASCII),
            32);

    assertThat(HexFormat.of().formatHex(expected))
        .isEqualTo(NativeArgon2PasswordEncoder.SELF_TEST_HASH_HEX);
  }

  @Test
  void oneEncoder_servesManyThreadsAtOnce() throws Exception {
    String hash = bouncyCastle.encode(SamplePasswords.UNICODE);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        boolean right = i % 2 == 0;
        results.add(
            pool.submit(
                () ->
                    nativeEncoder.matches(
                            right ? SamplePasswords.UNICODE : SamplePasswords.ASCII, hash)
                        == right));
        results.add(
            pool.submit(
                () -> bouncyCastle.matches("pw" + right, nativeEncoder.encode("pw" + right))));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void describesItself_withoutAnySecret() {
    assertThat(nativeEncoder.toString())
        .contains("argon2id m=19456 KiB, t=2, p=1")
        .contains(nativeEncoder.libraryFile());
  }

  static byte[] bouncyCastleRaw(
      Type type,
      int version,
      int memoryKib,
      int iterations,
      String password,
      byte[] salt,
      int length) {
    int bcType =
        switch (type) {
          case ARGON2D -> Argon2Parameters.ARGON2_d;
          case ARGON2I -> Argon2Parameters.ARGON2_i;
          case ARGON2ID -> Argon2Parameters.ARGON2_id;
        };
    Argon2Parameters parameters =
        new Argon2Parameters.Builder(bcType)
            .withVersion(version)
            .withSalt(salt)
            .withParallelism(1)
            .withMemoryAsKB(memoryKib)
            .withIterations(iterations)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] out = new byte[length];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    return out;
  }
}
