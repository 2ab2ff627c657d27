package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.error.HashingBusyException;
import dev.authdash.core.error.InvalidCredentialsException;
import dev.authdash.core.error.LoginThrottledException;
import dev.authdash.core.error.StoreUnavailableException;
import dev.authdash.core.error.UsernameTakenException;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.port.in.LoginCommand;
import dev.authdash.core.port.in.LoginUseCase;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * How the sign-in form answers each way a login can end, with the login use case replaced by a stub
 * (the controller takes only its use cases, so one can be swapped): outcomes that a full
 * application reaches only with a stopped database, a saturated hashing pool or an unlucky timing
 * are one line each here. What is asserted is what the person sees: status, page text, the kept
 * username, headers.
 */
@MicronautTest(transactional = false)
@Property(name = LoginPageMappingIT.STUBBED, value = "true")
class LoginPageMappingIT {
  static final String STUBBED = "test.login-page-mapping.stubbed";

  @Inject Dashboard app;

  /** What the stub does with the next login; each test sets it. */
  static final AtomicReference<Function<LoginCommand, SignedIn>> NEXT = new AtomicReference<>();

  private Browser.Page attempt() {
    Browser visitor = app.visitor();
    String token = visitor.get("/").csrfToken();
    Browser.Page answer =
        visitor.post(
            "/login",
            Map.of("username", "Dora", "password", "some password here", "csrfToken", token));
    return answer.status() == 303 ? visitor.get(answer.location()) : answer;
  }

  @Test
  void aThrottledLogin_saysWhenToComeBack_andKeepsTheUsername() {
    NEXT.set(
        command -> {
          throw new LoginThrottledException(Duration.ofSeconds(90));
        });
    Browser visitor = app.visitor();
    String token = visitor.get("/").csrfToken();

    Browser.Page answer =
        visitor.post(
            "/login",
            Map.of("username", "Dora", "password", "some password here", "csrfToken", token));

    assertThat(answer.status()).isEqualTo(303);
    assertThat(answer.header("Retry-After")).hasValue("90");
    Browser.Page back = visitor.get(answer.location());
    assertThat(back.body()).contains(LoginThrottledException.MESSAGE);
    assertThat(back.body()).contains("value=\"Dora\"");
  }

  @Test
  void aStoreOutage_isTheServiceUnavailablePage_withoutDetails() {
    NEXT.set(
        command -> {
          throw new StoreUnavailableException(
              "users", new IllegalStateException("jdbc:secret-host refused"));
        });

    Browser.Page answer = attempt();

    assertThat(answer.status()).isEqualTo(503);
    assertThat(answer.body()).doesNotContain("secret-host").doesNotContain("Exception");
  }

  @Test
  void aBusyHashingPool_isTheBusyPage_withRetryAfter() {
    NEXT.set(
        command -> {
          throw new HashingBusyException();
        });

    Browser.Page answer = attempt();

    assertThat(answer.status()).isEqualTo(503);
    assertThat(answer.header("Retry-After")).hasValue("1");
    assertThat(answer.body()).contains("The server is busy. Please try again in a moment.");
  }

  @Test
  void anyOtherRefusal_readsAsWrongCredentials_soNothingIsGivenAway() {
    NEXT.set(
        command -> {
          throw new UsernameTakenException();
        });

    Browser.Page answer = attempt();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).contains(InvalidCredentialsException.MESSAGE);
    assertThat(answer.body()).contains("value=\"Dora\"");
  }

  /** The stub that stands in for the core's login use case in this test's application. */
  @Factory
  @Requires(property = LoginPageMappingIT.STUBBED, value = "true")
  static class StubbedLogin {
    @Singleton
    @Replaces(LoginUseCase.class)
    LoginUseCase login() {
      return command -> NEXT.get().apply(command);
    }
  }
}
