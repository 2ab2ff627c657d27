package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pages as served: the dashboard with the user's details, the security headers on every
 * response, assets from the app itself, and error pages inside the layout without stack traces.
 */
@MicronautTest(transactional = false)
class PagesIT {
  @Inject Dashboard app;

  @Test
  void dashboard_showsTheUser_andAdminsGetTheAdminLink() {
    String admin = app.admin("alma");
    Browser b = app.signedIn(admin);
    Browser.Page page = b.get("/dashboard");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains(admin, "ADMIN", "href=\"/admin/users\"", "aria-current=\"page\"");
    assertThat(page.header("Cache-Control")).hasValue("no-store");
  }

  @Test
  void securityHeaders_areOnEveryResponse() {
    Browser b = app.signedIn(app.user("headers"));
    for (String path :
        List.of(
            "/",
            "/dashboard",
            "/static/style.css",
            "/no-such-page",
            "/health",
            "/webjars/bootstrap/5.3.8/css/bootstrap.min.css",
            "/session/status")) {
      Browser.Page page = b.get(path);
      String csp = page.header("Content-Security-Policy").orElse("");
      assertThat(csp)
          .as(path)
          .contains(
              "default-src 'self'",
              "object-src 'none'",
              "base-uri 'none'",
              "frame-ancestors 'none'");
      assertThat(page.header("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(page.header("Referrer-Policy")).as(path).isPresent();
      assertThat(page.header("Strict-Transport-Security")).as(path).isPresent();
    }
    assertThat(b.get("/dashboard").body()).doesNotContain("<script>").doesNotContain("onclick=");
    Browser.Page rejected = app.visitor().get("/admin/users");
    assertThat(rejected.status()).isEqualTo(303);
    assertThat(rejected.header("Content-Security-Policy")).as("a rejection").isPresent();
    assertThat(rejected.header("X-Content-Type-Options")).as("a rejection").hasValue("nosniff");
  }

  @Test
  void staticAssets_areServedByTheAppItself() {
    Browser b = app.visitor();
    Browser.Page css = b.get("/webjars/bootstrap/5.3.8/css/bootstrap.min.css");
    assertThat(css.status()).isEqualTo(200);
    assertThat(css.body()).contains("Bootstrap");
    assertThat(b.get("/webjars/bootstrap/5.3.8/js/bootstrap.bundle.min.js").status())
        .isEqualTo(200);
    assertThat(b.get("/static/style.css").status()).isEqualTo(200);
    assertThat(b.get("/static/app.js").body()).contains("data-confirm");
    assertThat(b.get("/").body())
        .contains("/webjars/bootstrap/5.3.8/css/bootstrap.min.css", "/static/app.js");
  }

  @Test
  void errorPages_areInTheLayout_withoutStackTraces() {
    Browser.Page missing = app.visitor().get("/no-such-page");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body())
        .contains("Page not found", "navbar", "bootstrap.min.css")
        .doesNotContain("Exception")
        .doesNotContain("at io.micronaut");
    Browser.Page wrongMethod = app.visitor().get("/logout");
    assertThat(wrongMethod.status()).isIn(404, 405);
    assertThat(wrongMethod.body()).contains("navbar");
  }
}
