package dev.authdash.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.authdash.core.AuthCore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine;

/**
 * Runs {@code authdash} in-process through {@link CommandLine#execute} over a real SQLite file (and
 * a real Redis when given), with its own environment, stdin and captured stdout/stderr.
 */
final class CliHarness {
  static final String OS_USER = "tester";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, String> environment = new HashMap<>();
  private final Path db;

  CliHarness(Path db) {
    this.db = db;
    environment.put("AUTH_DB_PATH", db.toString());
  }

  /** Sessions in this Redis, under a key prefix of this harness's own. */
  CliHarness withRedis(String uri, String prefix) {
    environment.put("AUTH_SESSION_STORE", "redis");
    environment.put("REDIS_URI", uri);
    environment.put("AUTH_SESSION_REDIS_PREFIX", prefix);
    return this;
  }

  CliHarness with(String variable, String value) {
    environment.put(variable, value);
    return this;
  }

  Path db() {
    return db;
  }

  Result run(String... args) {
    return runWithStdin("", args);
  }

  Result runWithStdin(String stdin, String... args) {
    CliEnvironment env =
        new CliEnvironment(
            environment, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), OS_USER);
    CommandLine commandLine = AuthdashCli.commandLine(env);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Result(exitCode, out.toString(), err.toString());
  }

  /**
   * Acts on the same stores as the CLI through the core, the way the dashboard would (signing in,
   * seeding a database without an owner).
   */
  void asDashboard(Consumer<AuthCore> work) {
    CliSettings settings = CliSettings.resolve(environment, null, null);
    try (CliRuntime runtime = CliRuntime.open(settings, true)) {
      work.accept(runtime.core());
    }
  }

  /** What one invocation did. */
  record Result(int exitCode, String out, String err) {
    JsonNode json() {
      try {
        return JSON.readTree(out);
      } catch (IOException e) {
        throw new UncheckedIOException("not one JSON document: " + out, e);
      }
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }
}
