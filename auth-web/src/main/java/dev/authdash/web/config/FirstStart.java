package dev.authdash.web.config;

import dev.authdash.core.model.FirstAdmin;
import dev.authdash.core.model.Password;
import dev.authdash.core.port.in.BootstrapAdminUseCase;
import dev.authdash.core.port.out.AuditLog;
import dev.authdash.core.port.out.LoginAttemptStore;
import dev.authdash.core.port.out.SessionStore;
import dev.authdash.core.port.out.UserRepository;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On start: says which stores are in use and, on an empty user store, creates the owner {@code
 * admin}, printing a generated password once (or using {@code AUTH_ADMIN_PASSWORD}).
 */
@Singleton
public final class FirstStart implements ApplicationEventListener<StartupEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

  private final BootstrapAdminUseCase bootstrapAdmin;
  private final String adminPassword;
  private final String storeSummary;

  FirstStart(
      BootstrapAdminUseCase bootstrapAdmin,
      UserRepository users,
      SessionStore sessions,
      LoginAttemptStore attempts,
      AuditLog auditLog,
      @Value("${auth.admin.password:}") String adminPassword) {
    this.bootstrapAdmin = bootstrapAdmin;
    this.adminPassword = adminPassword;
    this.storeSummary =
        "users="
            + users.getClass().getSimpleName()
            + ", sessions="
            + sessions.getClass().getSimpleName()
            + ", login attempts="
            + attempts.getClass().getSimpleName()
            + ", audit="
            + auditLog.getClass().getSimpleName();
  }

  @Override
  public void onApplicationEvent(StartupEvent event) {
    LOG.info("Stores in use: {}", storeSummary);
    if (storeSummary.contains("InMemory")) {
      LOG.warn("Some stores are in memory: what they hold is lost when the process stops.");
    }
    Optional<Password> configured =
        adminPassword == null || adminPassword.isBlank()
            ? Optional.empty()
            : Optional.of(Password.of(adminPassword));
    bootstrapAdmin.ensureFirstAdmin(configured).ifPresent(this::announce);
  }

  private void announce(FirstAdmin admin) {
    String name = admin.user().username().value();
    admin
        .generatedPassword()
        .ifPresentOrElse(
            password ->
                LOG.warn(
                    """

                    ================================================================
                      First start: created the admin user '{}'.
                      Its password, shown this once and never again:

                          {}

                      Sign in and keep it somewhere safe (or set AUTH_ADMIN_PASSWORD
                      before the first start to choose it yourself).
                    ================================================================""",
                    name,
                    password.reveal()),
            () ->
                LOG.info(
                    "First start: created the admin user '{}' with AUTH_ADMIN_PASSWORD.", name));
  }
}
