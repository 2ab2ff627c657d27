package dev.authdash.core.service;

import static dev.authdash.core.testing.CoreFixture.CLIENT;
import static dev.authdash.core.testing.CoreFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.config.AuthConfig;
import dev.authdash.core.error.InvalidUsernameException;
import dev.authdash.core.error.PasswordRejectedException;
import dev.authdash.core.error.RateLimitedException;
import dev.authdash.core.error.UsernameTakenException;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.SessionResolution;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.port.in.RegisterUserCommand;
import dev.authdash.core.testing.CoreFixture;
import org.junit.jupiter.api.Test;

class RegistrationTest {
  private final CoreFixture f = new CoreFixture();

  @Test
  void givenValidDetails_register_createsAUserAndSignsItInAtOnce() {
    SignedIn signedIn = f.register("Alice");

    assertThat(signedIn.user().username().value()).isEqualTo("alice");
    assertThat(signedIn.user().role()).isEqualTo(Role.USER);
    assertThat(f.resolve(signedIn)).isInstanceOf(SessionResolution.Active.class);
    assertThat(f.stored("alice").passwordHash()).startsWith("{argon2}$argon2id$");
  }

  @Test
  void usernames_areComparedLowerCase_soAliceAndALICEAreTheSameName() {
    f.register("alice");

    assertThatThrownBy(() -> f.register("ALICE"))
        .isInstanceOf(UsernameTakenException.class)
        .hasMessage("Username already exists.");
  }

  @Test
  void aUsernameWithMarkup_isRefused_andNothingIsStored() {
    assertThatThrownBy(() -> f.register("<b>bob</b>")).isInstanceOf(InvalidUsernameException.class);
    assertThat(f.users.count()).isZero();
  }

  @Test
  void aWeakPassword_isRefusedWithTheRule_andNothingIsStoredOrHashed() {
    int before = f.hasher.hashes();

    assertThatThrownBy(() -> register("carol", "password1234"))
        .isInstanceOf(PasswordRejectedException.class);
    assertThat(f.users.count()).isZero();
    assertThat(f.hasher.hashes()).isEqualTo(before);
  }

  @Test
  void aPasswordOver256Characters_isRefusedBeforeAnyHashing() {
    int before = f.hasher.argon2Runs();

    assertThatThrownBy(() -> register("dave", "x".repeat(100_000)))
        .hasMessage("Password must be at most 256 characters.");
    assertThat(f.hasher.argon2Runs()).isEqualTo(before);
  }

  @Test
  void theMinimumLength_comesFromConfiguration() {
    CoreFixture strict =
        new CoreFixture(
            dev.authdash.core.config.AuthConfig.builder().passwordMinLength(30).build());

    assertThatThrownBy(() -> strict.register("erin"))
        .hasMessage("Password must be at least 30 characters.");
  }

  @Test
  void registration_isAudited() {
    f.register("frank");

    assertThat(f.auditEvents())
        .anySatisfy(
            e -> {
              assertThat(e.type()).isEqualTo(AuditEventType.REGISTERED);
              assertThat(e.target()).isEqualTo("frank");
              assertThat(e.address()).isEqualTo(CLIENT.address());
            });
  }

  @Test
  void aStrongPassword_withoutDigitsOrSymbols_isAccepted() {
    assertThat(register("grace", PASSWORD).user().username().value()).isEqualTo("grace");
  }

  private SignedIn register(String name, String password) {
    return f.core.register().register(new RegisterUserCommand(name, Password.of(password), CLIENT));
  }

  @Test
  void registrationsFromOneAddress_areLimitedPerHour_andTheFloodIsAuditedOnce() {
    for (int i = 0; i < 10; i++) {
      f.register("user" + i);
    }

    for (int i = 0; i < 4; i++) {
      String name = "late" + i;
      assertThatThrownBy(() -> f.register(name))
          .isInstanceOf(RateLimitedException.class)
          .hasMessageContaining("try again later");
    }
    assertThat(f.users.findByUsername(dev.authdash.core.model.Username.of("late0"))).isEmpty();
    assertThat(f.auditEvents())
        .filteredOn(e -> e.type() == AuditEventType.RATE_LIMITED)
        .singleElement()
        .satisfies(e -> assertThat(e.address()).isEqualTo(CLIENT.address()));

    ClientInfo elsewhere = ClientInfo.of("203.0.113.9", "Firefox");
    assertThat(
            f.core
                .register()
                .register(new RegisterUserCommand("other", Password.of(PASSWORD), elsewhere)))
        .isNotNull();

    f.clock.advance(java.time.Duration.ofHours(1));
    assertThat(f.register("nexthour")).isNotNull();
  }

  @Test
  void theLimit_isASetting_andCountsRefusedAttemptsToo() {
    CoreFixture two = new CoreFixture(AuthConfig.builder().registrationsPerHour(2).build());
    two.register("alice");
    assertThatThrownBy(() -> two.register("alice")).isInstanceOf(UsernameTakenException.class);

    assertThatThrownBy(() -> two.register("bob")).isInstanceOf(RateLimitedException.class);
  }
}
