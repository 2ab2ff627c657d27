package dev.authdash.mail.smtp;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.authdash.core.model.EmailAddress;
import dev.authdash.core.model.MailMessage;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * GreenMail as a real SMTP server on a free loopback port, which can be stopped and started again
 * on the same port (an outage and its end). Shared with the dashboard's tests through the test-jar.
 */
public final class TestMailServer implements AutoCloseable {
  private final int port;
  private GreenMail server;

  private TestMailServer(int port) {
    this.port = port;
  }

  /** A server on a free port of 127.0.0.1, started. */
  public static TestMailServer start() {
    TestMailServer s = new TestMailServer(freePort());
    s.up();
    return s;
  }

  public int port() {
    return port;
  }

  /** (Re)starts the server on its port; mail received before a stop is gone. */
  public synchronized void up() {
    if (server == null) {
      server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
    }
  }

  /** Stops the server: connections to the port are refused. */
  public synchronized void down() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  /** Waits up to {@code millis} for {@code count} mails in all; true when they came. */
  public boolean await(int count, long millis) {
    GreenMail s;
    synchronized (this) {
      s = server;
    }
    return s != null && s.waitForIncomingEmail(millis, count);
  }

  /** What arrived, oldest first. */
  public synchronized List<MimeMessage> mimes() {
    return server == null ? List.of() : List.of(server.getReceivedMessages());
  }

  /** What arrived, read back as the core's messages (text and HTML parts). */
  public List<MailMessage> received() throws Exception {
    List<MailMessage> all = new ArrayList<>();
    for (MimeMessage m : mimes()) {
      all.add(read(m));
    }
    return all;
  }

  public static MailMessage read(MimeMessage m) throws Exception {
    String text = "";
    String html = "";
    Object content = m.getContent();
    if (content instanceof Multipart parts) {
      for (int i = 0; i < parts.getCount(); i++) {
        BodyPart part = parts.getBodyPart(i);
        if (part.isMimeType("text/plain")) {
          text = (String) part.getContent();
        } else if (part.isMimeType("text/html")) {
          html = (String) part.getContent();
        }
      }
    } else {
      text = GreenMailUtil.getBody(m);
    }
    return new MailMessage(
        EmailAddress.of(m.getAllRecipients()[0].toString()), m.getSubject(), text, html);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free port", e);
    }
  }

  @Override
  public void close() {
    down();
  }
}
