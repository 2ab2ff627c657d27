package dev.authdash.cli;

import static dev.authdash.cli.UsersCommandsTest.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.authdash.core.AuthCore;
import dev.authdash.core.error.SecondFactorRequiredException;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Enrolment;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.PendingSignIn;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.TotpSecret;
import dev.authdash.core.port.in.CompleteSignInCommand;
import dev.authdash.core.port.in.CreateUserCommand;
import dev.authdash.core.port.in.LoginCommand;
import dev.authdash.core.port.in.SecondFactorCommand;
import dev.authdash.core.port.in.SecondFactorProof;
import dev.authdash.core.secrets.SecretBox;
import dev.authdash.core.secrets.Totp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code users show} with two-factor state, {@code users 2fa-reset}, {@code secret-key rotate}. */
class TwoFactorCommandsTest {
  private static final String GOOD = UsersCommandsTest.GOOD;
  private static final ClientInfo CLIENT = ClientInfo.local();

  @TempDir Path dir;
  CliHarness cli;

  @BeforeEach
  void initialisedDatabase() {
    cli = new CliHarness(dir.resolve("data/auth.db"));
    expect(cli.run("init"), ExitCode.OK);
  }

  /** Creates the user and turns two-factor sign-in on for them, as the dashboard would. */
  private TotpSecret enrolled(String name) {
    AtomicReference<TotpSecret> secret = new AtomicReference<>();
    cli.asDashboard(
        core -> {
          var user =
              core.createUser()
                  .createUser(
                      new CreateUserCommand(
                          Actor.operator("test"), name, Password.of(GOOD), Role.USER, CLIENT));
          Actor actor = Actor.of(user);
          Enrolment enrolment = core.enrolSecondFactor().begin(actor);
          core.enrolSecondFactor()
              .confirm(
                  new SecondFactorCommand(
                      actor,
                      Password.of(GOOD),
                      Totp.code(enrolment.secret().reveal(), Totp.stepAt(Instant.now()) - 1, 6),
                      CLIENT));
          secret.set(enrolment.secret());
        });
    return secret.get();
  }

  /** True when the user signs in with the password and a current code. */
  private static boolean signsInWithACode(AuthCore core, String name, TotpSecret secret) {
    try {
      core.login().login(new LoginCommand(name, Password.of(GOOD), CLIENT));
      return false;
    } catch (SecondFactorRequiredException e) {
      PendingSignIn pending = PendingSignIn.parse(e.revealPendingSignIn()).orElseThrow();
      String code = Totp.codeAt(secret.reveal(), Instant.now());
      return core.completeSignIn()
              .complete(new CompleteSignInCommand(pending, SecondFactorProof.parse(code), CLIENT))
          != null;
    }
  }

  @Test
  void show_tellsTwoFactorStateAndRecoveryCodesLeft_andResetTurnsItOff() {
    enrolled("tara");

    String table = expect(cli.run("users", "show", "tara"), ExitCode.OK).out();
    assertThat(table).containsPattern("two-factor\\s+on, 10 recovery codes left");
    JsonNode json = expect(cli.run("users", "show", "tara", "--json"), ExitCode.OK).json();
    assertThat(json.at("/twoFactor/enabled").asBoolean()).isTrue();
    assertThat(json.at("/twoFactor/recoveryCodesLeft").asInt()).isEqualTo(10);

    assertThat(expect(cli.run("users", "2fa-reset", "tara"), ExitCode.OK).out())
        .contains("is reset");
    assertThat(expect(cli.run("users", "show", "tara"), ExitCode.OK).out())
        .containsPattern("two-factor\\s+off");
    JsonNode again = expect(cli.run("users", "2fa-reset", "tara", "--json"), ExitCode.OK).json();
    assertThat(again.get("reset").asBoolean()).isFalse();
    assertThat(
            expect(cli.run("audit", "--user", "tara", "--type", "MFA_RESET", "--json"), ExitCode.OK)
                .out())
        .contains("cli:" + CliHarness.OS_USER);
    expect(cli.run("users", "2fa-reset", "nobody"), ExitCode.NOT_FOUND);
  }

  @Test
  void theOwnersSecondFactor_isNotResetByAnOperator() {
    expect(cli.run("users", "2fa-reset", "admin"), ExitCode.REFUSED);
  }

  @Test
  void rotate_withTheKeyFile_reencryptsEveryKey_andReplacesTheFile() throws Exception {
    TotpSecret secret = enrolled("uli");
    Path keyFile = dir.resolve("data/auth.db.secret-key");
    String before = Files.readString(keyFile).strip();

    CliHarness.Result rotated = expect(cli.run("secret-key", "rotate"), ExitCode.OK);

    assertThat(rotated.out()).contains("Re-encrypted 1 two-factor key(s)", keyFile.toString());
    String after = Files.readString(keyFile).strip();
    assertThat(after).isNotEqualTo(before);
    assertThat(rotated.out()).doesNotContain(after);
    assertThat(Files.exists(dir.resolve("data/auth.db.secret-key.new"))).isFalse();
    cli.asDashboard(core -> assertThat(signsInWithACode(core, "uli", secret)).isTrue());
  }

  @Test
  void rotate_withTheVariable_printsTheNewKey_whichThenOpensTheKeys() {
    String oldKey = SecretBox.generateKey();
    cli.with("AUTH_SECRET_KEY", oldKey);
    TotpSecret secret = enrolled("vic");

    JsonNode json = expect(cli.run("secret-key", "rotate", "--json"), ExitCode.OK).json();
    String newKey = json.get("newKey").asText();
    assertThat(json.get("reencrypted").asInt()).isEqualTo(1);

    cli.with("AUTH_SECRET_KEY", newKey);
    cli.asDashboard(core -> assertThat(signsInWithACode(core, "vic", secret)).isTrue());
  }

  @Test
  void rotate_refusesAMalformedNewKeyFromStdin_changingNothing() throws Exception {
    enrolled("wes");
    Path keyFile = dir.resolve("data/auth.db.secret-key");
    String before = Files.readString(keyFile);

    expect(
        cli.runWithStdin("not a key\n", "secret-key", "rotate", "--new-key-stdin"), ExitCode.USAGE);

    assertThat(Files.readString(keyFile)).isEqualTo(before);
  }
}
