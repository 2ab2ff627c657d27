package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.Session;
import java.util.List;

/** Incoming port: a user's live sessions, for the user itself or an admin. */
public interface ListSessionsUseCase {

  List<Session> listSessions(Actor actor, String username);
}
