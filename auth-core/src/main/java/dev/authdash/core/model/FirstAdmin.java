package dev.authdash.core.model;

import java.util.Optional;

/**
 * The owner created on first start, with the generated password when none was configured (shown
 * once by the app, never stored in clear).
 */
public record FirstAdmin(User user, Optional<Password> generatedPassword) {}
