package dev.authdash.core.model.archfixture;

import dev.authdash.core.port.out.UserRepository;

/** Deliberate violation (test fixture): a model class reaching out to a port. */
public final class ModelThatSeesAPort {
  public UserRepository repository;
}
