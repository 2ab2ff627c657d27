package dev.authdash.core.adapter.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.contract.MailSenderContractTest;
import dev.authdash.core.error.MailDeliveryException;
import dev.authdash.core.model.MailMessage;
import dev.authdash.core.port.out.MailSender;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryMailSenderTest extends MailSenderContractTest {
  private final InMemoryMailSender sender = new InMemoryMailSender();

  @Override
  protected MailSender sender() {
    return sender;
  }

  @Override
  protected List<MailMessage> received() {
    return sender.sent();
  }

  @Test
  void failNext_failsThatManySends_asAnOutage() {
    sender.failNext(1);

    assertThatThrownBy(() -> sender.send(sample("a@example.com")))
        .isInstanceOfSatisfying(
            MailDeliveryException.class, e -> assertThat(e.permanent()).isFalse());
    assertThat(sender.send(sample("a@example.com"))).startsWith("250");
  }
}
