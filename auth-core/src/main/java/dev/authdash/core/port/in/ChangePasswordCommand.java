package dev.authdash.core.port.in;

import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.SessionToken;

/** Input of {@link ChangePasswordUseCase}: the session that asks, old and new passwords. */
public record ChangePasswordCommand(
    SessionToken session, Password currentPassword, Password newPassword, ClientInfo client) {}
