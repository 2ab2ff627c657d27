package dev.authdash.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every refusal says what kind of "no" it is; outages are not refusals. */
class RefusalsAndOutagesTest {

  private static final List<AuthException> EVERY_REFUSAL =
      List.of(
          new EmailTakenException(),
          new InvalidCredentialsException(),
          new InvalidInputException("i"),
          new InvalidUsernameException("u"),
          new LastAdminException(),
          new LoginThrottledException(Duration.ofMinutes(1)),
          new NotPermittedException("n"),
          new PasswordRejectedException("p"),
          new ProtectedOwnerException("o"),
          new RateLimitedException("r", Duration.ofMinutes(1)),
          new SecondFactorRequiredException("pending"),
          new SecondFactorStateException("s"),
          new SelfDeletionException(),
          new SessionNotFoundException(),
          new SignInExpiredException(),
          new UserNotFoundException("x"),
          new UsernameTakenException());

  @Test
  void eachRefusal_hasItsKind() {
    Map<String, RefusalKind> kinds =
        EVERY_REFUSAL.stream()
            .collect(Collectors.toMap(e -> e.getClass().getSimpleName(), AuthException::kind));

    assertThat(kinds)
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("EmailTakenException", RefusalKind.CONFLICT),
                Map.entry("InvalidCredentialsException", RefusalKind.NOT_AUTHENTICATED),
                Map.entry("InvalidInputException", RefusalKind.INVALID_INPUT),
                Map.entry("InvalidUsernameException", RefusalKind.INVALID_INPUT),
                Map.entry("LastAdminException", RefusalKind.REFUSED_BY_POLICY),
                Map.entry("LoginThrottledException", RefusalKind.THROTTLED),
                Map.entry("NotPermittedException", RefusalKind.NOT_PERMITTED),
                Map.entry("PasswordRejectedException", RefusalKind.REFUSED_BY_POLICY),
                Map.entry("ProtectedOwnerException", RefusalKind.REFUSED_BY_POLICY),
                Map.entry("RateLimitedException", RefusalKind.THROTTLED),
                Map.entry("SecondFactorRequiredException", RefusalKind.SECOND_STEP),
                Map.entry("SecondFactorStateException", RefusalKind.CONFLICT),
                Map.entry("SelfDeletionException", RefusalKind.REFUSED_BY_POLICY),
                Map.entry("SessionNotFoundException", RefusalKind.NOT_FOUND),
                Map.entry("SignInExpiredException", RefusalKind.NOT_AUTHENTICATED),
                Map.entry("UserNotFoundException", RefusalKind.NOT_FOUND),
                Map.entry("UsernameTakenException", RefusalKind.CONFLICT)));
  }

  @Test
  void theListAbove_holdsEveryRefusalThereIs_andEveryKindIsGiven() {
    assertThat(EVERY_REFUSAL)
        .extracting(Object::getClass)
        .containsExactlyInAnyOrderElementsOf(leavesOf(AuthException.class));
    assertThat(EVERY_REFUSAL)
        .extracting(AuthException::kind)
        .containsAll(Arrays.asList(RefusalKind.values()));
  }

  @Test
  void outages_areNotRefusals() {
    assertThat(leavesOf(OutageException.class))
        .containsExactlyInAnyOrder(
            StoreUnavailableException.class,
            HashingBusyException.class,
            MailDeliveryException.class)
        .noneMatch(AuthException.class::isAssignableFrom);
  }

  /** The final classes under a sealed root. */
  private static List<Class<?>> leavesOf(Class<?> root) {
    if (!root.isSealed()) {
      return List.of(root);
    }
    List<Class<?>> leaves = new ArrayList<>();
    for (Class<?> permitted : root.getPermittedSubclasses()) {
      leaves.addAll(leavesOf(permitted));
    }
    return leaves;
  }
}
