package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Password;

/** Input of {@link EnrolSecondFactorUseCase#confirm}: a code from the app, and the password. */
public record ConfirmEnrolmentCommand(
    Actor actor, String code, Password currentPassword, ClientInfo client) {}
