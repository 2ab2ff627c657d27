package dev.authdash.core.service;

import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.Session;
import dev.authdash.core.model.TokenDigest;
import dev.authdash.core.port.in.LogoutUseCase;
import dev.authdash.core.port.in.SessionCommand;
import dev.authdash.core.port.out.SessionStore;
import dev.authdash.core.port.out.UserRepository;
import java.util.Optional;

/** Destroys the session server-side; a replayed cookie afterwards resolves to nothing. */
public final class LogoutService implements LogoutUseCase {
  private final SessionStore sessions;
  private final UserRepository users;
  private final Auditor auditor;

  LogoutService(SessionStore sessions, UserRepository users, Auditor auditor) {
    this.sessions = sessions;
    this.users = users;
    this.auditor = auditor;
  }

  @Override
  public void logout(SessionCommand command) {
    TokenDigest digest = command.session().digest();
    Optional<Session> session = sessions.find(digest);
    if (session.isPresent() && sessions.delete(digest)) {
      String name =
          users.findById(session.get().userId()).map(u -> u.username().value()).orElse("");
      auditor.record(AuditEventType.LOGGED_OUT, name, name, command.client(), "");
    }
  }
}
