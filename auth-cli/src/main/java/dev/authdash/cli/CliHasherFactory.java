package dev.authdash.cli;

import dev.authdash.core.crypto.SpringPasswordHasher;
import dev.authdash.core.port.out.PasswordHasher;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * The CLI hashes at most one password per run, so it takes the pure-Java Argon2id of auth-core
 * rather than loading and self-testing the native library, which costs more at start-up than it
 * could ever save here. The hashes are the same format either way ({@code {argon2}$argon2id$...},
 * same parameters), so the dashboard verifies what the CLI stored and the other way round. Its
 * presence makes auth-wiring's {@code PasswordHashers.best()} step aside.
 */
@Factory
class CliHasherFactory {

  @Singleton
  PasswordHasher pureJavaPasswordHasher() {
    return new SpringPasswordHasher();
  }
}
