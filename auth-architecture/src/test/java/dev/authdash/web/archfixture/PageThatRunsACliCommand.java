package dev.authdash.web.archfixture;

/** Deliberate violation (test fixture): the dashboard calling into the CLI. */
public final class PageThatRunsACliCommand {
  public dev.authdash.cli.AuthdashCli cli;
}
