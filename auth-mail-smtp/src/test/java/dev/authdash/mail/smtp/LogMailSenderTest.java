package dev.authdash.mail.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.contract.MailSenderContractTest;
import dev.authdash.core.model.EmailAddress;
import dev.authdash.core.model.MailMessage;
import dev.authdash.core.port.out.MailSender;
import java.util.ArrayList;
import java.util.List;

/** The sender contract for the log mode: what a person reads in the log is the mail. */
class LogMailSenderTest extends MailSenderContractTest {
  private final List<String> lines = new ArrayList<>();
  private final LogMailSender sender = new LogMailSender(lines::add);

  @Override
  protected MailSender sender() {
    return sender;
  }

  @Override
  protected List<MailMessage> received() {
    List<MailMessage> all = new ArrayList<>();
    for (String entry : lines) {
      String[] headAndText = entry.split("\n\n", 2);
      String to = between(headAndText[0], "To: ");
      String subject = between(headAndText[0], "Subject: ");
      assertThat(headAndText[0]).startsWith("Mail (log mode, not sent)");
      all.add(new MailMessage(EmailAddress.of(to), subject, headAndText[1], ""));
    }
    return all;
  }

  private static String between(String head, String label) {
    return head.lines()
        .filter(l -> l.startsWith(label))
        .findFirst()
        .orElseThrow()
        .substring(label.length());
  }
}
