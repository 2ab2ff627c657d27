package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Role;

/** Input of {@link ChangeRoleUseCase}. */
public record ChangeRoleCommand(Actor actor, String username, Role role, ClientInfo client) {}
