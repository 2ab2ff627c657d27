package dev.authdash.session.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private {@code redis-server} on a free port of 127.0.0.1, without persistence, for tests and
 * benchmarks: never the shared Redis on 6379. It can be stopped and started again on the same port,
 * or frozen (SIGSTOP) to play an unreachable server.
 */
public final class RedisServer implements AutoCloseable {
  private static final Duration READY_WITHIN = Duration.ofSeconds(10);

  private final Path binary;
  private final int port;
  private final List<String> leading;
  private final List<String> trailing;
  private Process process;

  private RedisServer(Path binary, int port, List<String> leading, List<String> trailing) {
    this.binary = binary;
    this.port = port;
    this.leading = List.copyOf(leading);
    this.trailing = List.copyOf(trailing);
  }

  /** Starts a server on a free port; fails (never skips) when {@code redis-server} is missing. */
  public static RedisServer start() {
    return started(List.of(), List.of());
  }

  /** Starts a replica of {@code master} on a free port. */
  public static RedisServer startReplicaOf(RedisServer master) {
    return started(List.of(), List.of("--replicaof", "127.0.0.1", Integer.toString(master.port())));
  }

  /**
   * Starts a Sentinel on a free port that watches {@code master} as {@code name} alone (quorum 1)
   * and calls it down after one second; its configuration file (Sentinel rewrites it) lives in
   * {@code dir}.
   */
  public static RedisServer startSentinel(RedisServer master, String name, Path dir) {
    int port = freePort();
    Path config = dir.resolve("sentinel-" + port + ".conf");
    try {
      Files.writeString(
          config,
          String.join(
              "\n",
              "sentinel monitor " + name + " 127.0.0.1 " + master.port() + " 1",
              "sentinel down-after-milliseconds " + name + " 1000",
              "sentinel failover-timeout " + name + " 5000",
              ""));
    } catch (IOException e) {
      throw new IllegalStateException("could not write " + config, e);
    }
    RedisServer sentinel =
        new RedisServer(findBinary(), port, List.of(config.toString(), "--sentinel"), List.of());
    sentinel.restart();
    return sentinel;
  }

  private static RedisServer started(List<String> leading, List<String> trailing) {
    RedisServer server = new RedisServer(findBinary(), freePort(), leading, trailing);
    server.restart();
    return server;
  }

  public int port() {
    return port;
  }

  public String uri() {
    return "redis://127.0.0.1:" + port;
  }

  /** Starts the server again on the same port (empty: nothing is persisted). */
  public synchronized void restart() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("redis-server is already running on " + port);
    }
    List<String> command = new ArrayList<>();
    command.add(binary.toString());
    command.addAll(leading);
    command.addAll(
        List.of(
            "--port", Integer.toString(port),
            "--bind", "127.0.0.1",
            "--save", "",
            "--appendonly", "no",
            "--daemonize", "no",
            "--loglevel", "warning"));
    command.addAll(trailing);
    try {
      process =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile()).start();
    } catch (IOException e) {
      throw new IllegalStateException("could not start " + binary, e);
    }
    awaitReady();
  }

  public synchronized boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** Stops the server (SIGTERM) and waits until it has exited. */
  public synchronized void stop() {
    if (process == null) {
      return;
    }
    resume();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    process = null;
  }

  /** Freezes the server (SIGSTOP): connections stay open but nothing answers. */
  public synchronized void pause() {
    signal("-STOP");
  }

  /** Thaws a {@link #pause() paused} server (SIGCONT). */
  public synchronized void resume() {
    signal("-CONT");
  }

  @Override
  public void close() {
    stop();
    try {
      Files.deleteIfExists(logFile().toPath());
    } catch (IOException e) {
      // a stale log in the temp directory is harmless
    }
  }

  private void signal(String signal) {
    if (process == null) {
      return;
    }
    try {
      Process kill =
          new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start();
      if (kill.waitFor() != 0) {
        throw new IllegalStateException("kill " + signal + " failed");
      }
    } catch (IOException e) {
      throw new IllegalStateException("could not signal redis-server", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while signalling redis-server", e);
    }
  }

  /** Polls until the server answers PING, or fails with its log. */
  private void awaitReady() {
    long deadline = System.nanoTime() + READY_WITHIN.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("redis-server exited at once: " + log());
      }
      if (answersPing()) {
        return;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for redis-server", e);
      }
    }
    throw new IllegalStateException("redis-server did not answer on " + port + ": " + log());
  }

  private boolean answersPing() {
    try (Socket socket = connectedSocket();
        OutputStream out = socket.getOutputStream();
        InputStream in = socket.getInputStream()) {
      out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      byte[] reply = new byte[7];
      int read = in.readNBytes(reply, 0, reply.length);
      return new String(reply, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
    } catch (IOException e) {
      return false;
    }
  }

  private Socket connectedSocket() throws IOException {
    Socket socket = new Socket();
    try {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      socket.setSoTimeout(500);
      return socket;
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  private java.io.File logFile() {
    return Path.of(System.getProperty("java.io.tmpdir"), "redis-test-" + port + ".log").toFile();
  }

  private String log() {
    try {
      return Files.readString(logFile().toPath());
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static Path findBinary() {
    List<Path> candidates = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        candidates.add(Path.of(dir, "redis-server"));
      }
    }
    candidates.add(Path.of("/usr/bin/redis-server"));
    candidates.add(Path.of("/usr/local/bin/redis-server"));
    return candidates.stream()
        .filter(Files::isExecutable)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "redis-server is not installed: the Redis tests need it on the PATH. Install"
                        + " it with: apt-get install redis-server"));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free port", e);
    }
  }
}
