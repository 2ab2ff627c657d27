package dev.authdash.core.service.archfixture;

import dev.authdash.core.adapter.memory.InMemoryUserRepository;
import java.sql.Connection;

/** Deliberate violation (test fixture): a service touching JDBC and a concrete adapter. */
public final class ServiceThatUsesJdbcAndAnAdapter {
  public Connection connection;
  public InMemoryUserRepository repository;
}
