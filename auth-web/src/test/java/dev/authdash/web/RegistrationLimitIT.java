package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.model.AuditEventType;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** {@code AUTH_REGISTER_PER_HOUR}: one address cannot create accounts (or probe names) at speed. */
@MicronautTest(transactional = false)
@Property(name = "auth.register.per-hour", value = "2")
class RegistrationLimitIT {
  @Inject Dashboard app;

  Browser.Page register(String name) {
    return app.visitor().register(name);
  }

  @Test
  void beyondTheLimit_theFormSaysTryLater_with429_andNothingIsCreated_andItIsAuditedOnce() {
    assertThat(register("first").status()).isEqualTo(303);
    assertThat(register("second").status()).isEqualTo(303);

    Browser.Page refused = register("third");
    register("fourth");

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.body()).contains("try again later");
    assertThat(refused.header("Retry-After")).isPresent();
    assertThat(app.exists("third")).isFalse();
    assertThat(app.count(AuditEventType.RATE_LIMITED)).isEqualTo(1);
  }
}
