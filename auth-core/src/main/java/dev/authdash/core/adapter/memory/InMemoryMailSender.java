package dev.authdash.core.adapter.memory;

import dev.authdash.core.error.MailDeliveryException;
import dev.authdash.core.model.MailMessage;
import dev.authdash.core.port.out.MailSender;
import java.util.ArrayList;
import java.util.List;

/**
 * In-memory adapter of {@link MailSender}: keeps what it was given to send, in order, for embedders
 * and tests that read mail without a server. {@link #failNext} makes the next sends fail as an
 * unreachable server would.
 */
public final class InMemoryMailSender implements MailSender {
  private final List<MailMessage> sent = new ArrayList<>();
  private int failures;

  @Override
  public synchronized String send(MailMessage message) {
    if (failures > 0) {
      failures--;
      throw new MailDeliveryException("connection refused (simulated)", false, null);
    }
    sent.add(message);
    return "250 kept in memory";
  }

  @Override
  public String describe() {
    return "memory";
  }

  /** Every mail sent so far, oldest first. */
  public synchronized List<MailMessage> sent() {
    return List.copyOf(sent);
  }

  /** The next {@code count} sends fail as if the server were down. */
  public synchronized void failNext(int count) {
    failures = count;
  }
}
