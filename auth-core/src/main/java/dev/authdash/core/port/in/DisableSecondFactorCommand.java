package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Password;

/** Input of {@link DisableSecondFactorUseCase}: the password and a current code. */
public record DisableSecondFactorCommand(
    Actor actor, Password currentPassword, String code, ClientInfo client) {}
