package dev.authdash.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Sends a request exactly as written over a plain socket: what {@code java.net.http} refuses to
 * send (a forged {@code Host}, an oversized header, a broken escape) is what these tests need.
 */
final class RawHttp {
  private RawHttp() {}

  /** The response to one request; {@code head} is the request line and headers without CRLFCRLF. */
  static Response send(URI server, String head, String body) {
    try (Socket socket = new Socket(server.getHost(), server.getPort())) {
      socket.setSoTimeout(20_000);
      String request =
          head
              + "\r\nConnection: close"
              + (body.isEmpty()
                  ? ""
                  : "\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length)
              + "\r\n\r\n"
              + body;
      // The socket's streams close with it.
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      return Response.parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Response get(URI server, String target, String... headers) {
    String head =
        "GET "
            + target
            + " HTTP/1.1\r\nAccept: text/html\r\n"
            + (headers.length == 0 ? "Host: localhost" : String.join("\r\n", headers));
    return send(server, head, "");
  }

  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    in.transferTo(bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  record Response(int status, String headers, String body) {
    static Response parse(String raw) {
      int split = raw.indexOf("\r\n\r\n");
      String head = split < 0 ? raw : raw.substring(0, split);
      String body = split < 0 ? "" : raw.substring(split + 4);
      String[] statusLine = head.split(" ", 3);
      int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
      return new Response(status, head, body);
    }

    boolean hasHeader(String name, String valuePart) {
      return headers
          .toLowerCase(Locale.ROOT)
          .lines()
          .anyMatch(
              l ->
                  l.startsWith(name.toLowerCase(Locale.ROOT) + ":")
                      && l.contains(valuePart.toLowerCase(Locale.ROOT)));
    }
  }
}
