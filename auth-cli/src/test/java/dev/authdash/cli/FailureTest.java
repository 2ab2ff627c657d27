package dev.authdash.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.error.EmailTakenException;
import dev.authdash.core.error.HashingBusyException;
import dev.authdash.core.error.InvalidCredentialsException;
import dev.authdash.core.error.InvalidInputException;
import dev.authdash.core.error.InvalidUsernameException;
import dev.authdash.core.error.LastAdminException;
import dev.authdash.core.error.MailDeliveryException;
import dev.authdash.core.error.NotPermittedException;
import dev.authdash.core.error.PasswordRejectedException;
import dev.authdash.core.error.ProtectedOwnerException;
import dev.authdash.core.error.RefusalKind;
import dev.authdash.core.error.SelfDeletionException;
import dev.authdash.core.error.SessionNotFoundException;
import dev.authdash.core.error.StoreUnavailableException;
import dev.authdash.core.error.UserNotFoundException;
import dev.authdash.core.error.UsernameTakenException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Each refusal of the core maps to its documented exit code, also when wrapped at start-up. */
class FailureTest {

  @Test
  void eachRefusal_hasItsExitCode() {
    assertThat(Failure.of(new UserNotFoundException("x")).exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(Failure.of(new SessionNotFoundException()).exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(Failure.of(new UsernameTakenException()).exitCode()).isEqualTo(ExitCode.CONFLICT);
    assertThat(Failure.of(new ProtectedOwnerException("o")).exitCode()).isEqualTo(ExitCode.REFUSED);
    assertThat(Failure.of(new LastAdminException()).exitCode()).isEqualTo(ExitCode.REFUSED);
    assertThat(Failure.of(new SelfDeletionException()).exitCode()).isEqualTo(ExitCode.REFUSED);
    assertThat(Failure.of(new PasswordRejectedException("w")).exitCode())
        .isEqualTo(ExitCode.REFUSED);
    assertThat(Failure.of(new NotPermittedException("n")).exitCode()).isEqualTo(ExitCode.REFUSED);
    assertThat(Failure.of(new InvalidInputException("i")).exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(Failure.of(new InvalidUsernameException("u")).exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(Failure.of(new InvalidCredentialsException()).exitCode())
        .isEqualTo(ExitCode.FAILURE);
  }

  @Test
  void aStoreOutageWrappedByTheBeanContext_isStoreUnavailable_withItsRootCause() {
    RuntimeException wrapped =
        new IllegalStateException(
            "Error instantiating bean\nPath Taken: ...",
            new StoreUnavailableException("user database", new SQLException("disk I/O error")));

    Failure failure = Failure.of(wrapped);

    assertThat(failure.exitCode()).isEqualTo(ExitCode.STORE_UNAVAILABLE);
    assertThat(failure.oneLine())
        .isEqualTo(
            "The user database is unavailable right now. Please try again in a moment."
                + " (disk I/O error)");
  }

  @Test
  void anythingElse_isAFailure_onOneLine() {
    Failure failure = Failure.of(new IllegalStateException("first\n  second\r\nthird"));

    assertThat(failure.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(failure.oneLine()).isEqualTo("Unexpected error: first second third");
  }

  @Test
  void exitCodesAreDistinct_andStable() {
    assertThat(ExitCode.values())
        .extracting(ExitCode::code)
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
  }

  @Test
  void everyKindOfRefusal_hasAnExitCode_thatIsNeitherSuccessNorAnOutage() {
    for (RefusalKind kind : RefusalKind.values()) {
      assertThat(Failure.exitCodeOf(kind))
          .as("%s", kind)
          .isNotIn(ExitCode.OK, ExitCode.STORE_UNAVAILABLE, ExitCode.SESSIONS_UNREACHABLE);
    }
  }

  @Test
  void aTakenAddress_isAConflict() {
    assertThat(Failure.of(new EmailTakenException()).exitCode()).isEqualTo(ExitCode.CONFLICT);
  }

  @Test
  void theOtherOutages_areFailures_withTheirMessage() {
    assertThat(Failure.of(new HashingBusyException()))
        .isEqualTo(new Failure(ExitCode.FAILURE, HashingBusyException.MESSAGE));
    assertThat(Failure.of(new MailDeliveryException("550 mailbox unavailable", true, null)))
        .isEqualTo(new Failure(ExitCode.FAILURE, "Mail not sent: 550 mailbox unavailable"));
  }
}
