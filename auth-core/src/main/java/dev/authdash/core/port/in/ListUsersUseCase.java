package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.Page;
import dev.authdash.core.model.UserListing;
import dev.authdash.core.model.UserQuery;

/** Incoming port (admin): search, filter and page through users with their live session count. */
public interface ListUsersUseCase {

  Page<UserListing> listUsers(Actor actor, UserQuery query);
}
