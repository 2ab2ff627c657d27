package dev.authdash.cli.archfixture;

/** Deliberate violation (test fixture): a CLI command using the dashboard and HTTP types. */
public final class CommandThatAnswersHttp {
  public dev.authdash.web.Application dashboard;
  public io.micronaut.http.HttpResponse<String> response;
}
