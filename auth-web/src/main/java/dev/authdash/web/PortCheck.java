package dev.authdash.web;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Optional;

/**
 * Before start-up: is the HTTP port free? Micronaut answers a taken port with a stack trace; a
 * person needs one line that says which port and how to pick another.
 */
final class PortCheck {
  static final int DEFAULT_PORT = 8080;

  private PortCheck() {}

  /** The problem with the port the environment asks for, as one line; empty when it is free. */
  static Optional<String> problem(Map<String, String> env) {
    String raw = env.getOrDefault("MICRONAUT_SERVER_PORT", env.get("PORT"));
    int port;
    try {
      port = raw == null || raw.isBlank() ? DEFAULT_PORT : Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      return Optional.of(
          "auth-dashboard: the port '" + raw + "' is not a number; set e.g. PORT=8080.");
    }
    if (port <= 0) {
      return Optional.empty(); // a random free port
    }
    String host = env.get("MICRONAUT_SERVER_HOST");
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(
          host == null || host.isBlank()
              ? new InetSocketAddress(port)
              : new InetSocketAddress(host.strip(), port));
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(
          "auth-dashboard: port "
              + port
              + " is already in use (another dashboard?); start on another one with PORT="
              + (port == 65_535 ? port - 1 : port + 1)
              + " ./dashboard, or stop what holds it.");
    }
  }
}
