package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.model.Role;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a request needs besides a URL: the signed-in routes send a visitor to the login page, and
 * every form post needs the CSRF token of this browser's session, held in a host-only, HttpOnly,
 * strict cookie.
 */
@MicronautTest(transactional = false)
class GuardedRoutesIT {
  @Inject Dashboard app;

  @Test
  void anonymousVisitors_areSentToTheLoginPage_fromEverySignedInRoute() {
    Browser b = app.visitor();
    for (String path : List.of("/dashboard", "/admin/users")) {
      Browser.Page page = b.get(path);
      assertThat(page.status()).as(path).isEqualTo(303);
      assertThat(page.location()).as(path).isEqualTo("/");
    }
    String target = app.user("anon-target");
    Browser.Page login = b.get("/");
    for (String path :
        List.of(
            "/logout",
            "/session/keepalive",
            "/admin/users",
            "/admin/users/" + target + "/delete")) {
      Browser.Page result = b.post(path, Map.of("csrfToken", login.csrfToken()));
      assertThat(result.status()).as(path).isEqualTo(303);
      assertThat(result.location()).as(path).isEqualTo("/");
    }
    assertThat(app.exists(target)).isTrue();
  }

  @Test
  void postsWithoutAValidCsrfToken_areRefusedWith403_andChangeNothing() {
    String victim = app.user("csrf-victim");
    Browser admin = app.owner();
    Browser.Page missing = admin.post("/admin/users/" + victim + "/promote", Map.of());
    assertThat(missing.status()).isEqualTo(403);
    assertThat(missing.body()).contains("Form expired");
    Browser.Page forged =
        admin.post("/admin/users/" + victim + "/delete", Map.of("csrfToken", "forged.value"));
    assertThat(forged.status()).isEqualTo(403);
    Browser other = app.signedIn(app.user("csrf-other"));
    String othersToken = other.get("/dashboard").csrfToken();
    admin.cookies.put("__Host-csrf", other.cookies.get("__Host-csrf"));
    Browser.Page replayed =
        admin.post("/admin/users/" + victim + "/promote", Map.of("csrfToken", othersToken));
    assertThat(replayed.status()).as("a token minted for another session").isEqualTo(403);
    assertThat(app.stored(victim).role()).isEqualTo(Role.USER);

    Browser anonymous = app.visitor();
    anonymous.get("/");
    String name = Accounts.unique("nocsrf");
    Browser.Page register =
        anonymous.post(
            "/register",
            Map.of(
                "username",
                name,
                "password",
                Accounts.PASSWORD,
                "confirmPassword",
                Accounts.PASSWORD));
    assertThat(register.status()).isEqualTo(403);
    assertThat(app.exists(name)).isFalse();
    Browser.Page login =
        anonymous.post("/login", Map.of("username", victim, "password", Accounts.PASSWORD));
    assertThat(login.status()).isEqualTo(403);
    assertThat(anonymous.cookies).doesNotContainKey("__Host-authdash");
    Browser.Page logout = other.post("/logout", Map.of());
    assertThat(logout.status()).isEqualTo(403);
    assertThat(other.get("/dashboard").status()).isEqualTo(200);
  }

  @Test
  void csrfCookie_isHostOnlyHttpOnlyStrict() {
    Browser.Page page = app.visitor().get("/");
    String cookie = page.setCookie("__Host-csrf").orElseThrow().toLowerCase(java.util.Locale.ROOT);
    assertThat(cookie)
        .contains("; httponly", "; secure", "; path=/", "; samesite=strict")
        .doesNotContain("domain=");
  }
}
