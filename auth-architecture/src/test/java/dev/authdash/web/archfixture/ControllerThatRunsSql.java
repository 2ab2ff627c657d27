package dev.authdash.web.archfixture;

import java.sql.Connection;

/** Deliberate violation (test fixture): the dashboard talking SQL and the CLI's parser. */
public final class ControllerThatRunsSql {
  public Connection connection;
  public picocli.CommandLine commandLine;
  public io.lettuce.core.RedisClient redis;
}
