package dev.authdash.cli;

import dev.authdash.core.model.Password;
import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a password from stdin: the first line, without its line ending. Passwords never come from
 * the command line, where other users can see them in the process list. On a terminal it asks
 * without echo.
 */
final class StdinPassword {
  private StdinPassword() {}

  static Password read(CliEnvironment environment, String option) {
    Console console = System.console();
    if (console != null && environment.stdin() == System.in) { // NOPMD - the process's own stdin
      char[] typed = console.readPassword("Password: ");
      if (typed != null && typed.length > 0) {
        Password password = Password.of(new String(typed));
        Arrays.fill(typed, ' ');
        return password;
      }
      throw missing(option);
    }
    String line = firstLine(environment.stdin());
    if (line == null || line.isEmpty()) {
      throw missing(option);
    }
    return Password.of(line);
  }

  private static String firstLine(InputStream in) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      while (b >= 0 && b != '\n') {
        bytes.write(b);
        b = in.read();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read stdin", e);
    }
    String line = bytes.toString(StandardCharsets.UTF_8);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  private static CliException missing(String option) {
    return new CliException(
        ExitCode.USAGE,
        option
            + " expects the password as one line on stdin, e.g. printf '%s\\n' \"$PASSWORD\" |"
            + " authdash ...");
  }
}
