package dev.authdash.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238 Appendix B: the SHA-1 test vectors, as 8 digits and truncated to our 6. */
class TotpTest {
  private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest(name = "T={0}s → {1}")
  @CsvSource({
    "59, 94287082",
    "1111111109, 07081804",
    "1111111111, 14050471",
    "1234567890, 89005924",
    "2000000000, 69279037",
    "20000000000, 65353130"
  })
  void rfc6238AppendixB_sha1Vectors(long seconds, String eightDigits) {
    long step = Totp.stepAt(Instant.ofEpochSecond(seconds));

    assertThat(Totp.code(RFC_KEY, step, 8)).isEqualTo(eightDigits);
    assertThat(Totp.code(RFC_KEY, step, 6)).isEqualTo(eightDigits.substring(2));
    assertThat(Totp.codeAt(RFC_KEY, Instant.ofEpochSecond(seconds)))
        .isEqualTo(eightDigits.substring(2));
  }

  @ParameterizedTest(name = "{0} steps away: accepted={1}")
  @CsvSource({"-2, false", "-1, true", "0, true", "1, true", "2, false"})
  void aCodeIsAcceptedOnlyForTheCurrentStepAndOneEitherSide(long offset, boolean accepted) {
    long now = Totp.stepAt(Instant.ofEpochSecond(1_111_111_111L));
    String code = Totp.code(RFC_KEY, now + offset, 6);

    assertThat(Totp.matchingStep(RFC_KEY, code, now).isPresent()).isEqualTo(accepted);
    if (accepted) {
      assertThat(Totp.matchingStep(RFC_KEY, code, now).getAsLong()).isEqualTo(now + offset);
    }
  }
}
