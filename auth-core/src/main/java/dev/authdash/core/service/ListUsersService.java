package dev.authdash.core.service;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.Page;
import dev.authdash.core.model.UserListing;
import dev.authdash.core.model.UserQuery;
import dev.authdash.core.port.in.ListUsersUseCase;
import dev.authdash.core.port.out.SessionStore;
import dev.authdash.core.port.out.UserRepository;

/** The admin's user list, with each user's live session count. */
public final class ListUsersService implements ListUsersUseCase {
  private final Access access;
  private final UserRepository users;
  private final SessionStore sessions;

  ListUsersService(Access access, UserRepository users, SessionStore sessions) {
    this.access = access;
    this.users = users;
    this.sessions = sessions;
  }

  @Override
  public Page<UserListing> listUsers(Actor actor, UserQuery query) {
    access.requireAdmin(actor);
    return users.list(query).map(u -> new UserListing(u, sessions.countByUser(u.id())));
  }
}
