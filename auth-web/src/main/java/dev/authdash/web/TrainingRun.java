package dev.authdash.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The build's training run for the class-data archive ({@code target/auth-web.jsa}): starts the
 * dashboard on a free port, asks for the sign-in page and the health check (so that the views, the
 * security filters and the stores are loaded too), and stops. The build runs it with {@code
 * -XX:ArchiveClassesAtExit}, so that nobody's first run or first stop pays for writing the archive.
 */
public final class TrainingRun {
  private TrainingRun() {}

  public static void main(String[] args) {
    System.setProperty("micronaut.server.port", "-1");
    try (ApplicationContext context = Micronaut.run(Application.class, args)) {
      String base = context.getBean(EmbeddedServer.class).getURL().toString();
      fetch(base + "/");
      fetch(base + "/health");
    }
  }

  private static void fetch(String address) {
    try {
      HttpURLConnection connection =
          (HttpURLConnection) URI.create(address).toURL().openConnection();
      try (InputStream body =
          connection.getResponseCode() < 400
              ? connection.getInputStream()
              : connection.getErrorStream()) {
        if (body != null) {
          body.readAllBytes();
        }
      } finally {
        connection.disconnect();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("training run: " + address, e);
    }
  }
}
