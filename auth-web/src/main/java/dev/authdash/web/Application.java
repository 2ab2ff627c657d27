package dev.authdash.web;

import io.micronaut.runtime.Micronaut;

/** Starts the dashboard. */
public final class Application {
  private Application() {}

  public static void main(String[] args) {
    Micronaut.run(Application.class, args);
  }
}
