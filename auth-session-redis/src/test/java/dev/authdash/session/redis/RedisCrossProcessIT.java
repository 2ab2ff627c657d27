package dev.authdash.session.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.AuthCore;
import dev.authdash.core.adapter.memory.InMemoryAuditLog;
import dev.authdash.core.adapter.memory.InMemoryUnitOfWork;
import dev.authdash.core.adapter.memory.InMemoryUserRepository;
import dev.authdash.core.crypto.SpringPasswordHasher;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AttemptRecord;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.SessionResolution;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.port.in.ActOnUserCommand;
import dev.authdash.core.port.in.ChangePasswordCommand;
import dev.authdash.core.port.in.ChangeRoleCommand;
import dev.authdash.core.port.in.LoginCommand;
import dev.authdash.core.port.in.RegisterUserCommand;
import dev.authdash.core.port.out.LoginAttemptStore;
import dev.authdash.core.port.out.SessionStore;
import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two dashboard processes on one Redis, each its own Micronaut context and connection: what one
 * does to sessions and login attempts, the other sees on its very next call. The user repository is
 * shared between the two cores, as the database would be.
 */
class RedisCrossProcessIT {
  @RegisterExtension static final RedisServerExtension REDIS = new RedisServerExtension();
  private static final String PASSWORD = "violet kettle orbit lantern";
  private static final String NEW_PASSWORD = "marble otter sings at noon";
  private static final ClientInfo CLIENT = ClientInfo.of("198.51.100.20", "Firefox/140.0");

  private final String prefix = RedisServerExtension.uniquePrefix();
  private final ApplicationContext one = REDIS.redisApp(prefix);
  private final ApplicationContext two = REDIS.redisApp(prefix);
  private final InMemoryUserRepository users = new InMemoryUserRepository();
  private final AuthCore coreOne = core(one);
  private final AuthCore coreTwo = core(two);

  @AfterEach
  void stopProcesses() {
    one.close();
    two.close();
  }

  @Test
  void aSessionCreatedInOne_isResolvedInTheOther_andRevokingAllInOneEndsItThere() {
    SignedIn alice = register("alice");
    SignedIn aliceElsewhere = login(coreTwo, "alice", PASSWORD);
    assertThat(coreTwo.resolveSession().resolve(alice.token()))
        .isInstanceOf(SessionResolution.Active.class);

    coreOne
        .revokeSessions()
        .revokeAllSessions(new ActOnUserCommand(Actor.of(alice.user()), "alice", CLIENT));

    assertThat(coreTwo.resolveSession().resolve(alice.token()))
        .isInstanceOf(SessionResolution.Missing.class);
    assertThat(coreTwo.resolveSession().resolve(aliceElsewhere.token()))
        .isInstanceOf(SessionResolution.Missing.class);
  }

  @Test
  void aPasswordChangeInOne_endsTheOtherSessionsSeenByTheOther() {
    SignedIn here = register("bob");
    SignedIn there = login(coreTwo, "bob", PASSWORD);

    coreOne
        .changePassword()
        .changePassword(
            new ChangePasswordCommand(
                here.token(), Password.of(PASSWORD), Password.of(NEW_PASSWORD), CLIENT));

    assertThat(coreTwo.resolveSession().resolve(there.token()))
        .isInstanceOf(SessionResolution.Missing.class);
  }

  @Test
  void aDemotionOrDeletionInOne_reachesTheOthersNextRequest() {
    SignedIn owner = owner();
    register("carol");
    coreOne
        .changeRole()
        .changeRole(new ChangeRoleCommand(Actor.of(owner.user()), "carol", Role.ADMIN, CLIENT));
    SignedIn carol = login(coreTwo, "carol", PASSWORD);
    assertThat(activeRole(coreTwo, carol)).isEqualTo(Role.ADMIN);

    coreOne
        .changeRole()
        .changeRole(new ChangeRoleCommand(Actor.of(owner.user()), "carol", Role.USER, CLIENT));
    assertThat(activeRole(coreTwo, carol)).isEqualTo(Role.USER);

    coreOne.deleteUser().deleteUser(new ActOnUserCommand(Actor.of(owner.user()), "carol", CLIENT));
    assertThat(coreTwo.resolveSession().resolve(carol.token()))
        .isInstanceOf(SessionResolution.Missing.class);
    assertThat(two.getBean(SessionStore.class).findByUser(carol.user().id())).isEmpty();
  }

  @Test
  void loginAttempts_areCountedAcrossProcesses() {
    LoginAttemptStore attemptsOne = one.getBean(LoginAttemptStore.class);
    LoginAttemptStore attemptsTwo = two.getBean(LoginAttemptStore.class);

    attemptsOne.recordFailure("user:dave", Duration.ofHours(1));
    assertThat(attemptsTwo.recordFailure("user:dave", Duration.ofHours(1)).consecutiveFailures())
        .isEqualTo(2);
    attemptsTwo.clear("user:dave");

    assertThat(attemptsOne.find("user:dave")).isEqualTo(AttemptRecord.NONE);
  }

  @Test
  void deletingOneSessionInOne_isSeenByTheOther() {
    SignedIn erin = register("erin");
    SessionStore storeTwo = two.getBean(SessionStore.class);
    assertThat(storeTwo.find(erin.session().tokenDigest())).isPresent();

    one.getBean(SessionStore.class).delete(erin.session().tokenDigest());

    assertThat(storeTwo.find(erin.session().tokenDigest())).isEmpty();
    assertThat(storeTwo.deleteAllByUser(erin.user().id(), Optional.empty())).isZero();
  }

  private AuthCore core(ApplicationContext process) {
    return AuthCore.builder()
        .clock(Clock.systemUTC())
        .users(users, new InMemoryUnitOfWork())
        .sessions(process.getBean(SessionStore.class))
        .attempts(process.getBean(LoginAttemptStore.class))
        .auditLog(new InMemoryAuditLog())
        .hasher(new SpringPasswordHasher())
        .build();
  }

  private SignedIn register(String name) {
    return coreOne
        .register()
        .register(new RegisterUserCommand(name, Password.of(PASSWORD), CLIENT));
  }

  private SignedIn owner() {
    String ownerPassword = "quiet harbour under nine moons";
    String name =
        coreOne
            .bootstrapAdmin()
            .ensureFirstAdmin(Optional.of(Password.of(ownerPassword)))
            .orElseThrow()
            .user()
            .username()
            .value();
    return login(coreOne, name, ownerPassword);
  }

  private static SignedIn login(AuthCore core, String name, String password) {
    return core.login().login(new LoginCommand(name, Password.of(password), CLIENT));
  }

  private static Role activeRole(AuthCore core, SignedIn signedIn) {
    SessionResolution resolution = core.resolveSession().resolve(signedIn.token());
    assertThat(resolution).isInstanceOf(SessionResolution.Active.class);
    return ((SessionResolution.Active) resolution).user().role();
  }
}
