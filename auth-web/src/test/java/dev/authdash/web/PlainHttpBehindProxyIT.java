package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code auth.cookie.secure=false} and {@code auth.trust-proxy=true}, as behind a TLS proxy. */
@MicronautTest(transactional = false)
@Property(name = "auth.cookie.secure", value = "false")
@Property(name = "auth.trust-proxy", value = "true")
class PlainHttpBehindProxyIT {
  @Inject Dashboard app;

  @Test
  void insecureCookies_dropSecureAndTheHostPrefix_fromEveryCookie_andThereIsNoHsts() {
    String name = app.user("plain");
    Browser b = app.visitor();
    Browser.Page page = b.get("/");
    assertThat(page.header("Strict-Transport-Security")).isEmpty();
    Browser.Page login =
        b.post(
            "/login",
            java.util.Map.of(
                "username", name, "password", Accounts.PASSWORD, "csrfToken", page.csrfToken()));
    assertThat(login.status()).isEqualTo(303);
    assertThat(b.cookies).containsKeys("authdash", "csrf").doesNotContainKey("__Host-authdash");
    for (String header : page.setCookies()) {
      assertThat(header.toLowerCase(Locale.ROOT)).doesNotContain("secure").contains("httponly");
    }
    for (String header : login.setCookies()) {
      assertThat(header.toLowerCase(Locale.ROOT)).doesNotContain("secure").contains("httponly");
    }
    assertThat(b.get("/dashboard").status()).isEqualTo(200);
  }

  @Test
  void trustedProxy_givesTheClientAddressFromXForwardedFor() {
    String name = app.user("proxied");
    Browser b = app.visitor().header("X-Forwarded-For", "198.51.100.7, 203.0.113.50");
    Browser.Page page = b.get("/");
    b.post(
        "/login",
        java.util.Map.of(
            "username", name, "password", Accounts.PASSWORD, "csrfToken", page.csrfToken()));
    assertThat(app.stored(name).lastLoginIfAny().orElseThrow().address())
        .as("the hop the trusted proxy saw")
        .isEqualTo("203.0.113.50");
  }
}
