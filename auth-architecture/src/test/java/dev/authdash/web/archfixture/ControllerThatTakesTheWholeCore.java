package dev.authdash.web.archfixture;

/** Deliberate violation (test fixture): a controller that takes every use case to call one. */
public final class ControllerThatTakesTheWholeCore {
  public dev.authdash.core.AuthCore core;
}
