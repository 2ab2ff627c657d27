package dev.authdash.core.port.in;

import dev.authdash.core.export.ExportFormat;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.User;
import dev.authdash.core.model.UserQuery;
import java.util.stream.Stream;

/** Incoming port (admin): every user matching the listing's search and role, for a download. */
public interface ExportUsersUseCase {

  /**
   * Checks that the actor is an admin and audits {@code USERS_EXPORTED} with the format and filter
   * (before a row is read, so an export cut short is on record too); then the users in username
   * order, read from the store a batch at a time as the stream is consumed. The query's page is not
   * used.
   */
  Stream<User> exportUsers(Actor actor, UserQuery filter, ExportFormat format, ClientInfo client);
}
