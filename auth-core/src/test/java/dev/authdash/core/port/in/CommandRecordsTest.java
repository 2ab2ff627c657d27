package dev.authdash.core.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.EmailAddress;
import dev.authdash.core.model.PasskeyId;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.PendingSignIn;
import dev.authdash.core.model.ResetToken;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.SessionHandle;
import dev.authdash.core.model.SessionToken;
import dev.authdash.core.model.UserId;
import dev.authdash.core.model.VerifiedPasskey;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every command record of the incoming ports checks its components alike: a missing value object
 * (actor, client, password, token …) is refused at once with a {@link NullPointerException} naming
 * the component, while typed text (a username, a code, a login) may be missing, since the use case
 * answers it as it answers a wrong one ("no such user", a wrong code).
 */
class CommandRecordsTest {
  private static final byte[] SOME_BYTES = {1, 2, 3};
  private static final Map<Class<?>, Object> SAMPLES =
      Map.ofEntries(
          Map.entry(Actor.class, new Actor("alice", UserId.random())),
          Map.entry(ClientInfo.class, ClientInfo.local()),
          Map.entry(Password.class, Password.of("violet kettle orbit lantern")),
          Map.entry(Role.class, Role.USER),
          Map.entry(SessionToken.class, SessionToken.generate()),
          Map.entry(ResetToken.class, ResetToken.generate()),
          Map.entry(PendingSignIn.class, PendingSignIn.of("pending", Instant.EPOCH)),
          Map.entry(SecondFactorProof.class, new SecondFactorProof.Unrecognised()),
          Map.entry(Optional.class, Optional.empty()),
          Map.entry(SessionHandle.class, SessionHandle.random()),
          Map.entry(EmailAddress.class, EmailAddress.of("alice@example.com")),
          Map.entry(PasskeyId.class, PasskeyId.of(SOME_BYTES)),
          Map.entry(
              VerifiedPasskey.class,
              new VerifiedPasskey(PasskeyId.of(SOME_BYTES), SOME_BYTES, 0, Set.of())),
          Map.entry(String.class, "typed"),
          Map.entry(boolean.class, false));

  @Test
  void everyCommandRefusesAMissingValueByItsNameAndTakesMissingTypedText() throws Exception {
    List<Class<?>> commands = commandRecords();
    assertThat(commands).hasSizeGreaterThan(20).contains(ActOnUserCommand.class);
    for (Class<?> command : commands) {
      assertThat(command.isRecord()).as(command.getSimpleName() + " is a record").isTrue();
      RecordComponent[] components = command.getRecordComponents();
      Constructor<?> canonical =
          command.getDeclaredConstructor(
              Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      for (int i = 0; i < components.length; i++) {
        RecordComponent component = components[i];
        String where = command.getSimpleName() + "." + component.getName();
        if (component.getType().isPrimitive()) {
          continue;
        }
        Object[] args = samples(components);
        args[i] = null;
        if (component.getType() == String.class) {
          canonical.newInstance(args);
          continue;
        }
        try {
          canonical.newInstance(args);
          fail(where + " accepted null");
        } catch (InvocationTargetException refused) {
          assertThat(refused.getCause())
              .as(where)
              .isInstanceOf(NullPointerException.class)
              .hasMessage(component.getName());
        }
      }
    }
  }

  private static Object[] samples(RecordComponent[] components) {
    return Arrays.stream(components)
        .map(
            c -> {
              Object sample = SAMPLES.get(c.getType());
              if (sample == null) {
                throw new AssertionError("no sample of " + c.getType() + " for " + c);
              }
              return sample;
            })
        .toArray();
  }

  /** The records named *Command in this package, as compiled. */
  private static List<Class<?>> commandRecords() throws IOException, URISyntaxException {
    Path root =
        Path.of(ActOnUserCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path dir = root.resolve(ActOnUserCommand.class.getPackageName().replace('.', '/'));
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith("Command.class") && !name.contains("$"))
          .sorted()
          .map(CommandRecordsTest::load)
          .toList();
    }
  }

  private static Class<?> load(String file) {
    String name =
        ActOnUserCommand.class.getPackageName() + "." + file.substring(0, file.length() - 6);
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
