package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** {@code AUTH_MFA_REQUIRED_FOR_ADMINS=true}: admins without a second factor enrol first. */
@MicronautTest(transactional = false)
@Property(name = "auth.mfa.required-for-admins", value = "true")
class AdminsNeedSecondFactorIT {
  @Inject Dashboard app;

  @Test
  void anAdminWithoutASecondFactor_isSentToEnrol_fromEveryAdminPage() {
    Browser admin = app.signedIn(app.admin("ada"));

    for (String path : new String[] {"/admin/users", "/admin/audit"}) {
      Browser.Page page = admin.get(path);
      assertThat(page.status()).as(path).isEqualTo(303);
      assertThat(page.location()).as(path).isEqualTo("/profile/2fa");
    }
    Browser.Page enrol = admin.get("/profile/2fa");
    assertThat(enrol.status()).isEqualTo(200);
    assertThat(enrol.alerts()).anyMatch(a -> a.contains("turn on two-factor sign-in"));
  }

  @Test
  void usersAndTheirPages_areNotAffected() {
    Browser user = app.signedIn(app.user("uma"));

    assertThat(user.get("/dashboard").status()).isEqualTo(200);
    assertThat(user.get("/profile").status()).isEqualTo(200);
    assertThat(user.get("/admin/users").status()).isEqualTo(403);
  }
}
