package dev.authdash.cli;

import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A private redis-server on a free port (never the shared 6379), ready when it says so on stdout,
 * so that tests neither sleep nor touch anyone else's data.
 */
final class RedisTestServer implements AutoCloseable {
  private static final Path BINARY = Path.of("/usr/bin/redis-server");

  private final Process process;
  private final int port;

  private RedisTestServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static RedisTestServer start() throws IOException {
    if (!Files.isExecutable(BINARY)) {
      fail(BINARY + " is missing: apt-get install redis-server");
    }
    int port = freePort();
    Process process =
        new ProcessBuilder(
                BINARY.toString(),
                "--port",
                Integer.toString(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no")
            .redirectErrorStream(true)
            .start();
    BufferedReader output = // NOPMD - handed to the drainer thread, closed when the server exits
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    String line;
    while ((line = output.readLine()) != null) {
      seen.append(line).append('\n');
      if (line.contains("Ready to accept connections")) {
        drain(output);
        return new RedisTestServer(process, port);
      }
    }
    fail("redis-server did not start on port " + port + ":\n" + seen);
    throw new IllegalStateException("unreachable");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      int port = socket.getLocalPort();
      if (port == 6379) {
        return freePort();
      }
      return port;
    }
  }

  /** Keeps reading the server's log so that it never blocks on a full pipe. */
  private static void drain(BufferedReader output) {
    Thread drainer =
        new Thread(
            () -> {
              try {
                while (output.readLine() != null) {
                  // discard
                }
              } catch (IOException e) {
                // the server went away: nothing more to read
              }
            },
            "redis-test-server-output");
    drainer.setDaemon(true);
    drainer.start();
  }

  String uri() {
    return "redis://127.0.0.1:" + port;
  }

  /** Stops the server and waits until it is gone. */
  void stop() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("interrupted stopping redis-server", e));
    }
  }

  @Override
  public void close() {
    stop();
  }
}
