package dev.authdash.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The CSRF signing key: random for one instance, required when sessions are shared. */
class WebSettingsTest {

  @Test
  void redisSessionsWithoutAKey_refuseToStart_sayingWhy() {
    assertThatThrownBy(() -> new WebSettings(true, false, "", "redis"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("AUTH_CSRF_SIGNATURE_KEY")
        .hasMessageContaining("a form rendered by one instance is posted to another");
  }

  @Test
  void redisSessionsWithAKey_useIt() {
    assertThat(new WebSettings(true, false, "a shared secret key", "redis").signingKey())
        .isEqualTo("a shared secret key");
  }

  @Test
  void memorySessionsWithoutAKey_getARandomOne() {
    assertThat(new WebSettings(true, false, "", "memory").signingKey()).hasSizeGreaterThan(40);
  }
}
