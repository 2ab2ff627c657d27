package dev.authdash.core.service;

import static dev.authdash.core.testing.CoreFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.config.AuthConfig;
import dev.authdash.core.error.LoginThrottledException;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.testing.CoreFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit log cannot be flooded through the sign-in form: attempts refused during a lock are
 * counted, not written one by one, and a single row tells their number once the lock has ended.
 */
class AuditFloodTest {
  private static final String WRONG = "wrong password entirely";
  private static final ClientInfo FLOODER = ClientInfo.of("203.0.113.47", "curl/8.5");

  private static List<AuditEvent> ofType(CoreFixture f, AuditEventType type) {
    return f.auditEvents().stream().filter(e -> e.type() == type).toList();
  }

  @Test
  void fortySevenAttemptsRefusedDuringALock_writeNoRowEach_andOneRowTellsTheirNumberAfterIt() {
    CoreFixture f = new CoreFixture();
    f.register("alice");
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> f.login("alice", WRONG, FLOODER))
          .isInstanceOf(RuntimeException.class);
    }
    int rowsAtTheLock = f.auditEvents().size();
    assertThat(ofType(f, AuditEventType.LOGIN_FAILED)).as("the checked failures").hasSize(5);
    assertThat(ofType(f, AuditEventType.LOCKED)).as("the lock, once").hasSize(1);

    for (int i = 0; i < 47; i++) {
      f.clock.advance(Duration.ofMillis(60));
      assertThatThrownBy(() -> f.login("alice", PASSWORD, FLOODER))
          .isInstanceOf(LoginThrottledException.class);
    }
    assertThat(f.auditEvents()).as("no row per refused attempt").hasSize(rowsAtTheLock);

    f.clock.advance(Duration.ofSeconds(30));
    f.login("alice", PASSWORD);
    f.login("alice", PASSWORD);

    List<AuditEvent> told = ofType(f, AuditEventType.REFUSED_WHILE_LOCKED);
    assertThat(told).as("one summary, however many attempts come after the lock").hasSize(1);
    assertThat(told.get(0).detail()).startsWith("47 attempt(s) refused during the lock until ");
    assertThat(told.get(0).target()).isEqualTo("alice");
    assertThat(f.auditEvents()).hasSize(rowsAtTheLock + 1 + 2);
  }

  @Test
  void aLockWithoutRefusedAttempts_leavesNoSummary() {
    CoreFixture f = new CoreFixture();
    f.register("alice");
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> f.login("alice", WRONG, FLOODER))
          .isInstanceOf(RuntimeException.class);
    }
    f.clock.advance(Duration.ofSeconds(30));
    f.login("alice", PASSWORD);

    assertThat(ofType(f, AuditEventType.REFUSED_WHILE_LOCKED)).isEmpty();
  }

  @Test
  void anAddressOverItsBudget_isRecordedOncePerMinute_notOncePerAttempt() {
    CoreFixture f = new CoreFixture(AuthConfig.builder().loginAddressFailuresPerMinute(3).build());
    for (int i = 0; i < 3; i++) {
      String name = "guess" + i;
      assertThatThrownBy(() -> f.login(name, WRONG, FLOODER)).isInstanceOf(RuntimeException.class);
    }
    for (int i = 0; i < 40; i++) {
      String name = "other" + i;
      assertThatThrownBy(() -> f.login(name, WRONG, FLOODER))
          .isInstanceOf(LoginThrottledException.class);
    }

    assertThat(ofType(f, AuditEventType.LOGIN_FAILED))
        .as("three checked failures and the first refusal")
        .hasSize(4)
        .filteredOn(e -> e.detail().startsWith("refused: too many failures from this address"))
        .hasSize(1);
  }
}
