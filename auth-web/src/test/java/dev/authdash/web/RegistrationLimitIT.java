package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.port.out.AuditLog;
import dev.authdash.core.port.out.UserRepository;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code AUTH_REGISTER_PER_HOUR}: one address cannot create accounts (or probe names) at speed. */
@MicronautTest(transactional = false)
@Property(name = "auth.register.per-hour", value = "2")
class RegistrationLimitIT {
  @Inject EmbeddedServer server;
  @Inject UserRepository users;
  @Inject AuditLog auditLog;

  Browser.Page register(String name) {
    return new Browser(server.getURI()).register(name);
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
    assertThat(Accounts.exists(users, "third")).isFalse();
    assertThat(
            auditLog
                .find(
                    new AuditQuery(
                        Optional.empty(),
                        Optional.of(AuditEventType.RATE_LIMITED),
                        Optional.empty(),
                        PageRequest.first(10)))
                .total())
        .isEqualTo(1);
  }
}
