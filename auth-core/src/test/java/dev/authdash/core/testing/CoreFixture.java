package dev.authdash.core.testing;

import dev.authdash.core.AuthCore;
import dev.authdash.core.adapter.memory.InMemoryAuditLog;
import dev.authdash.core.adapter.memory.InMemoryLoginAttemptStore;
import dev.authdash.core.adapter.memory.InMemoryMailOutbox;
import dev.authdash.core.adapter.memory.InMemoryMailSender;
import dev.authdash.core.adapter.memory.InMemoryPasskeyStore;
import dev.authdash.core.adapter.memory.InMemoryPasswordResetStore;
import dev.authdash.core.adapter.memory.InMemorySecondFactorStore;
import dev.authdash.core.adapter.memory.InMemorySessionStore;
import dev.authdash.core.adapter.memory.InMemoryUnitOfWork;
import dev.authdash.core.adapter.memory.InMemoryUserRepository;
import dev.authdash.core.config.AuthConfig;
import dev.authdash.core.config.MailConfig;
import dev.authdash.core.crypto.SpringPasswordHasher;
import dev.authdash.core.error.SecondFactorRequiredException;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.FirstAdmin;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.PendingSignIn;
import dev.authdash.core.model.SessionResolution;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.model.User;
import dev.authdash.core.model.Username;
import dev.authdash.core.port.in.LoginCommand;
import dev.authdash.core.port.in.RegisterUserCommand;
import dev.authdash.core.port.out.PasswordHasher;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A whole core on in-memory adapters with a clock the test moves and a real Argon2 hasher that
 * counts its calls. The stores are exposed so tests can look at what was kept.
 */
public final class CoreFixture {
  public static final String PASSWORD = "violet kettle orbit lantern";
  public static final String OTHER_PASSWORD = "marble otter sings at noon";
  public static final String OWNER_PASSWORD = "quiet harbour under nine moons";
  public static final ClientInfo CLIENT = ClientInfo.of("198.51.100.20", "Firefox/140.0 on Linux");

  public final MutableClock clock = MutableClock.startingNow();
  public final InMemoryUserRepository users = new InMemoryUserRepository();
  public final InMemorySessionStore sessions = new InMemorySessionStore(clock);
  public final InMemoryLoginAttemptStore attempts = new InMemoryLoginAttemptStore(clock);
  public final InMemoryAuditLog audit = new InMemoryAuditLog();
  public final InMemoryPasswordResetStore resets = new InMemoryPasswordResetStore(clock);
  public final InMemorySecondFactorStore secondFactors = new InMemorySecondFactorStore();
  public final InMemoryPasskeyStore passkeys = new InMemoryPasskeyStore();
  public final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
  public final InMemoryMailSender mailSender = new InMemoryMailSender();
  public static final MailConfig MAIL = MailConfig.on("https://auth.example.com/", "Example Site");
  public final CountingHasher hasher = new CountingHasher(new SpringPasswordHasher());
  public final AuthCore core;

  public CoreFixture() {
    this(AuthConfig.defaults());
  }

  public CoreFixture(AuthConfig config) {
    this(config, UnaryOperator.identity());
  }

  /** A core whose hasher is {@code wrap} around the counting one (a bounded pool, say). */
  public CoreFixture(AuthConfig config, UnaryOperator<PasswordHasher> wrap) {
    core =
        AuthCore.builder()
            .config(config)
            .clock(clock)
            .users(users, new InMemoryUnitOfWork())
            .sessions(sessions)
            .attempts(attempts)
            .auditLog(audit)
            .passwordResets(resets)
            .hasher(wrap.apply(hasher))
            .secondFactors(secondFactors)
            .passkeys(passkeys)
            .mail(MAIL, outbox, mailSender)
            .build();
  }

  public SignedIn register(String name) {
    return core.register().register(new RegisterUserCommand(name, Password.of(PASSWORD), CLIENT));
  }

  public SignedIn login(String name, String password) {
    return core.login().login(new LoginCommand(name, Password.of(password), CLIENT));
  }

  public SignedIn login(String name, String password, ClientInfo client) {
    return core.login().login(new LoginCommand(name, Password.of(password), client));
  }

  /** The pending sign-in a right password gives an account with a second factor. */
  public PendingSignIn pendingSignIn(String name) {
    try {
      login(name, PASSWORD);
    } catch (SecondFactorRequiredException e) {
      return PendingSignIn.parse(e.revealPendingSignIn()).orElseThrow();
    }
    throw new AssertionError("no second step was asked for");
  }

  /** Creates the owner ({@code admin}) and signs it in. */
  public SignedIn owner() {
    FirstAdmin first =
        core.bootstrapAdmin()
            .ensureFirstAdmin(Optional.of(Password.of(OWNER_PASSWORD)))
            .orElseThrow();
    return login(first.user().username().value(), OWNER_PASSWORD);
  }

  /** A second, non-owner admin, promoted by the owner, signed in. */
  public SignedIn secondAdmin(SignedIn owner, String name) {
    register(name);
    core.changeRole()
        .changeRole(
            new dev.authdash.core.port.in.ChangeRoleCommand(
                Actor.of(owner.user()), name, dev.authdash.core.model.Role.ADMIN, CLIENT));
    return login(name, PASSWORD);
  }

  public SessionResolution resolve(SignedIn signedIn) {
    return core.resolveSession().resolve(signedIn.token());
  }

  public User stored(String name) {
    return users.findByUsername(Username.of(name)).orElseThrow();
  }

  /** Runs the outbox's sender until nothing more is due now; returns the mails sent. */
  public List<dev.authdash.core.model.MailMessage> deliverMail() {
    int before = mailSender.sent().size();
    while (core.deliverMail().deliverDue().claimed() > 0) {
      // again: a round takes at most a batch
    }
    List<dev.authdash.core.model.MailMessage> all = mailSender.sent();
    return all.subList(before, all.size());
  }

  public List<AuditEvent> auditEvents() {
    return audit.find(AuditQuery.all(PageRequest.first(100))).items();
  }

  public static Actor actor(SignedIn signedIn) {
    return Actor.of(signedIn.user());
  }
}
