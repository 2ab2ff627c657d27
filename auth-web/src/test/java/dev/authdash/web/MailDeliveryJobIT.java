package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.AuthCore;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.EmailAddress;
import dev.authdash.core.model.User;
import dev.authdash.core.model.UserEmail;
import dev.authdash.core.model.Username;
import dev.authdash.core.port.in.RequestPasswordResetCommand;
import dev.authdash.core.port.out.MailOutbox;
import dev.authdash.core.port.out.UserRepository;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The background sender, left to itself: a queued mail leaves the outbox without anyone's help. */
class MailDeliveryJobIT {

  @Test
  void aQueuedMail_isSentByTheBackgroundSender_withinAFewPolls() throws Exception {
    int port = ClockedServer.freePort();
    try (EmbeddedServer server =
        ApplicationContext.run(
            EmbeddedServer.class,
            ClockedServer.withPublicUrl(
                port, Map.of("auth.mail.transport", "log", "auth.mail.poll-interval", "100ms")),
            "test")) {
      UserRepository users = server.getApplicationContext().getBean(UserRepository.class);
      MailOutbox outbox = server.getApplicationContext().getBean(MailOutbox.class);
      String name = Accounts.user(users, "job");
      User user = users.findByUsername(Username.of(name)).orElseThrow();
      users.update(
          user.withEmail(
              UserEmail.verified(EmailAddress.of(name + "@example.com"), Instant.now())));

      server
          .getApplicationContext()
          .getBean(AuthCore.class)
          .requestPasswordReset()
          .requestPasswordReset(new RequestPasswordResetCommand(name, ClientInfo.local()));
      assertThat(outbox.list(10)).hasSize(1);

      long until = System.nanoTime() + 10_000_000_000L;
      while (!outbox.list(10).isEmpty() && System.nanoTime() < until) {
        Thread.sleep(50);
      }
      assertThat(outbox.list(10)).as("the outbox after the sender's polls").isEmpty();
    }
  }
}
