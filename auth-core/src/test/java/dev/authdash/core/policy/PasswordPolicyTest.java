package dev.authdash.core.policy;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.error.PasswordRejectedException;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.Username;
import dev.authdash.core.policy.strength.NbvcxzStrengthEstimator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {
  private static final NbvcxzStrengthEstimator ESTIMATOR = new NbvcxzStrengthEstimator();
  private final PasswordPolicy policy = new PasswordPolicy(12, 256, ESTIMATOR);
  private final Username alice = Username.of("alice");

  @Test
  void aPasswordShorterThanTheMinimum_isRefused_namingTheMinimum() {
    assertThatThrownBy(() -> policy.check(Password.of("k7#Vq9!mZp2"), alice))
        .isInstanceOf(PasswordRejectedException.class)
        .hasMessage("Password must be at least 12 characters.");
  }

  @Test
  void theMinimumIsConfigurable() {
    PasswordPolicy sixteen = new PasswordPolicy(16, 256, ESTIMATOR);

    assertThatThrownBy(() -> sixteen.check(Password.of("k7#Vq9!mZp2wXr4"), alice))
        .hasMessage("Password must be at least 16 characters.");
  }

  @Test
  void aPasswordLongerThan256_isRefused_andCountsAsOversized() {
    Password huge = Password.of("x".repeat(257));

    assertThatThrownBy(() -> policy.check(huge, alice))
        .hasMessage("Password must be at most 256 characters.");
    org.assertj.core.api.Assertions.assertThat(policy.isOversized(huge)).isTrue();
  }

  @Test
  void lengthCountsCharactersNotBytes_soTwelveAccentedLettersAreEnough() {
    assertThatCode(() -> policy.check(Password.of("ßüñëçøåéíóúæ"), alice))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password1234",
        "passwordpassword",
        "123456789012",
        "abcdefghijklmnop",
        "aaaaaaaaaaaaaaaa",
        "qwertyuiopasdf",
        "iloveyou123456",
        "P@ssw0rd12345"
      })
  void commonOrEasilyGuessedPasswords_areRefused(String weak) {
    assertThatThrownBy(() -> policy.check(Password.of(weak), alice))
        .isInstanceOf(PasswordRejectedException.class)
        .hasMessageContaining("too common or too easy to guess");
  }

  @Test
  void aPasswordContainingTheUsername_isRefused_inAnyCase() {
    assertThatThrownBy(() -> policy.check(Password.of("xXAlice-rides-9-zebras"), alice))
        .hasMessage("Password must not contain the username.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"violet kettle orbit lantern", "k7#Vq9!mZp2wXr4t", "marble otter sings at noon"})
  void strongPasswords_withNoCompositionRules_areAccepted(String strong) {
    assertThatCode(() -> policy.check(Password.of(strong), alice)).doesNotThrowAnyException();
  }
}
