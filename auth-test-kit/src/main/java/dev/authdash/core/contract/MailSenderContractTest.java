package dev.authdash.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.model.EmailAddress;
import dev.authdash.core.model.MailMessage;
import dev.authdash.core.port.out.MailSender;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link MailSender} must do: deliver what it is given, once, intact. */
public abstract class MailSenderContractTest {

  /** A sender whose deliveries {@link #received()} sees; called once per test. */
  protected abstract MailSender sender();

  /** What arrived so far, oldest first, as the receiving end reads it. */
  protected abstract List<MailMessage> received() throws Exception;

  protected static MailMessage sample(String to) {
    return new MailMessage(
        EmailAddress.of(to),
        "Réinitialiser — your password ✓",
        "Hello alice,\nopen https://auth.example.com/reset-password?token=abc_DEF-123\n",
        "<p>Hello alice, <a href=\"https://auth.example.com/x\">open</a></p>");
  }

  @Test
  void aMail_arrivesOnce_withItsRecipientSubjectAndText() throws Exception {
    MailMessage sent = sample("alice@example.com");

    String answer = sender().send(sent);

    assertThat(answer).isNotBlank();
    List<MailMessage> got = received();
    assertThat(got).hasSize(1);
    assertThat(got.get(0).to()).isEqualTo(sent.to());
    assertThat(got.get(0).subject()).isEqualTo(sent.subject());
    assertThat(got.get(0).text().strip().replace("\r\n", "\n")).isEqualTo(sent.text().strip());
  }

  @Test
  void twoMails_arriveInOrder() throws Exception {
    sender().send(sample("alice@example.com"));
    sender().send(sample("bob@example.org"));

    assertThat(received())
        .extracting(m -> m.to().value())
        .containsExactly("alice@example.com", "bob@example.org");
  }

  @Test
  void describe_saysWhereMailGoes() {
    assertThat(sender().describe()).isNotBlank();
  }
}
