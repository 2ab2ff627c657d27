package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.Role;

/** Input of {@link CreateUserUseCase}. */
public record CreateUserCommand(
    Actor actor, String username, Password password, Role role, ClientInfo client) {}
