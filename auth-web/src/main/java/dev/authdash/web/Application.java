package dev.authdash.web;

import io.micronaut.runtime.Micronaut;
import java.util.Optional;

/** Starts the dashboard. */
public final class Application {
  private Application() {}

  public static void main(String[] args) {
    Optional<String> problem = PortCheck.problem(System.getenv());
    if (problem.isPresent()) {
      System.err.println(problem.get()); // NOPMD - one line for a person, before any logging
      System.exit(1);
    }
    Micronaut.run(Application.class, args);
  }
}
