package dev.authdash.cli;

import static dev.authdash.cli.UsersCommandsTest.GOOD;
import static dev.authdash.cli.UsersCommandsTest.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.port.in.RequestPasswordResetCommand;
import dev.authdash.mail.smtp.TestMailServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** users set-email / show, mail test (against GreenMail) and mail outbox, on a real SQLite file. */
class MailCommandsTest {
  @TempDir Path dir;
  CliHarness cli;
  TestMailServer smtp;

  @BeforeEach
  void initialisedDatabase() {
    smtp = TestMailServer.start();
    cli = new CliHarness(dir.resolve("data/auth.db"));
    expect(cli.run("init"), ExitCode.OK);
    expect(
        cli.runWithStdin(GOOD + "\n", "users", "create", "alice", "--password-stdin"), ExitCode.OK);
  }

  @AfterEach
  void stop() {
    smtp.close();
  }

  private CliHarness withSmtp() {
    return cli.with("AUTH_SMTP_HOST", "127.0.0.1")
        .with("AUTH_SMTP_PORT", String.valueOf(smtp.port()))
        .with("AUTH_SMTP_SECURITY", "none")
        .with("AUTH_MAIL_FROM", "no-reply@test.example");
  }

  @Test
  void setEmail_verifiedOrNot_isShownByUsersShow_andAnEmptyAddressRemovesIt() {
    expect(cli.run("users", "set-email", "alice", "Alice@Example.com"), ExitCode.OK);
    assertThat(cli.run("users", "show", "alice").out())
        .contains("alice@example.com (not verified)");

    CliHarness.Result set =
        expect(
            cli.run("users", "set-email", "alice", "alice@example.com", "--verified"), ExitCode.OK);
    assertThat(set.out())
        .isEqualTo("Set the email address of 'alice' to alice@example.com (verified).\n");
    JsonNode shown = expect(cli.run("users", "show", "alice", "--json"), ExitCode.OK).json();
    assertThat(shown.get("email").get("address").asText()).isEqualTo("alice@example.com");
    assertThat(shown.get("email").get("verified").asBoolean()).isTrue();

    expect(cli.run("users", "set-email", "alice", ""), ExitCode.OK);
    assertThat(cli.run("users", "show", "alice", "--json").json().get("email").isNull()).isTrue();
    expect(cli.run("users", "set-email", "alice", "not an address"), ExitCode.USAGE);
    expect(cli.run("users", "set-email", "nobody", "a@example.com"), ExitCode.NOT_FOUND);
  }

  @Test
  void mailTest_sendsThroughTheServer_andPrintsItsAnswer() throws Exception {
    CliHarness.Result sent = expect(withSmtp().run("mail", "test", "ops@example.com"), ExitCode.OK);

    assertThat(sent.out()).startsWith("Sent a test mail to ops@example.com: 250");
    assertThat(smtp.received())
        .singleElement()
        .satisfies(m -> assertThat(m.subject()).isEqualTo("Test mail from auth-dashboard"));
  }

  @Test
  void mailTest_withTheServerDown_orNoServer_saysSoInOneLine() {
    smtp.down();
    CliHarness.Result down =
        expect(withSmtp().run("mail", "test", "ops@example.com"), ExitCode.FAILURE);
    assertThat(down.err()).contains("Mail not sent").contains("127.0.0.1:" + smtp.port());

    CliHarness plain = new CliHarness(dir.resolve("data/auth.db"));
    CliHarness.Result none = expect(plain.run("mail", "test", "ops@example.com"), ExitCode.USAGE);
    assertThat(none.err()).contains("No mail server is configured");
  }

  @Test
  void mailOutbox_listsPendingMail_asATableAndAsJson() {
    assertThat(expect(cli.run("mail", "outbox"), ExitCode.OK).out())
        .isEqualTo("The outbox is empty.\n");
    expect(cli.run("users", "set-email", "alice", "alice@example.com", "--verified"), ExitCode.OK);
    CliHarness queued =
        cli.with("AUTH_PUBLIC_URL", "https://auth.example.com").with("AUTH_MAIL_TRANSPORT", "log");
    queued.asDashboard(
        core ->
            core.requestPasswordReset()
                .requestPasswordReset(
                    new RequestPasswordResetCommand("alice", ClientInfo.local())));

    assertThat(expect(queued.run("mail", "outbox"), ExitCode.OK).out())
        .contains("PENDING")
        .contains("alice@example.com")
        .contains("password-reset");
    JsonNode json = expect(queued.run("mail", "outbox", "--json"), ExitCode.OK).json();
    assertThat(json.get("mails")).hasSize(1);
    assertThat(json.get("mails").get(0).get("kind").asText()).isEqualTo("password-reset");
    assertThat(json.get("mails").get(0).get("attempts").asInt()).isZero();
  }
}
