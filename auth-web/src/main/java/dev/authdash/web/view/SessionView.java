package dev.authdash.web.view;

import dev.authdash.core.model.Session;
import dev.authdash.core.model.SessionHandle;

/**
 * A live session as the session tables show it. Carries the handle (the public name used to revoke
 * it), never the token or its digest.
 *
 * @param device browser and system read from the user agent
 * @param userAgent the raw user agent, for a tooltip (escaped by the template like all text)
 * @param current the session of the request being answered
 */
public record SessionView(
    String handle,
    String device,
    String userAgent,
    String address,
    String started,
    String lastActive,
    boolean current) {

  public static SessionView of(Session session, SessionHandle currentHandle) {
    return new SessionView(
        session.handle().value(),
        UserAgents.describe(session.userAgent()),
        session.userAgent(),
        session.address(),
        UserView.format(session.createdAt()),
        UserView.format(session.lastSeenAt()),
        session.handle().equals(currentHandle));
  }
}
