package dev.authdash.core.service;

import static dev.authdash.core.testing.CoreFixture.CLIENT;
import static dev.authdash.core.testing.CoreFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.config.AuthConfig;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.Session;
import dev.authdash.core.model.SessionResolution;
import dev.authdash.core.model.SessionStatus;
import dev.authdash.core.model.SessionToken;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.port.in.SessionCommand;
import dev.authdash.core.testing.CoreFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionLifecycleTest {
  private final CoreFixture f = new CoreFixture();

  @Test
  void theStoreKeepsOnlyTheDigestOfTheToken() {
    SignedIn s = f.register("alice");
    Session stored = f.sessions.find(s.token().digest()).orElseThrow();

    assertThat(stored.toString()).doesNotContain(s.token().reveal());
    assertThat(stored.handle().value()).isNotEqualTo(s.token().reveal());
  }

  @Test
  void aSessionKeepsCreatedLastSeenAddressAndUserAgent() {
    SignedIn s = f.register("alice");
    Session session = s.session();

    assertThat(session.createdAt()).isEqualTo(f.clock.instant());
    assertThat(session.lastSeenAt()).isEqualTo(f.clock.instant());
    assertThat(session.address()).isEqualTo(CLIENT.address());
    assertThat(session.userAgent()).isEqualTo(CLIENT.userAgent());
  }

  @Test
  void aSessionUnusedForTheIdleTimeout_expires_andIsReportedAsExpired() {
    SignedIn s = f.register("alice");

    f.clock.advance(Duration.ofMinutes(10));

    assertThat(f.resolve(s)).isInstanceOf(SessionResolution.Expired.class);
    assertThat(f.resolve(s)).isInstanceOf(SessionResolution.Missing.class);
    assertThat(f.auditEvents()).anyMatch(e -> e.type() == AuditEventType.SESSION_EXPIRED);
  }

  @Test
  void activity_keepsASessionAlive() {
    SignedIn s = f.register("alice");
    for (int i = 0; i < 5; i++) {
      f.clock.advance(Duration.ofMinutes(9));
      assertThat(f.resolve(s)).isInstanceOf(SessionResolution.Active.class);
    }
  }

  @Test
  void theAbsoluteLifetime_endsASessionEvenWithActivity() {
    SignedIn s = f.register("alice");
    for (int i = 0; i < 143; i++) {
      f.clock.advance(Duration.ofMinutes(5));
      assertThat(f.resolve(s))
          .as("after %d min", (i + 1) * 5)
          .isInstanceOf(SessionResolution.Active.class);
    }
    f.clock.advance(Duration.ofMinutes(5));

    assertThat(f.resolve(s)).isInstanceOf(SessionResolution.Expired.class);
  }

  @Test
  void readingTheStatus_doesNotExtendTheSession() {
    SignedIn s = f.register("alice");
    f.clock.advance(Duration.ofMinutes(4));

    SessionStatus status = f.core.resolveSession().status(s.token()).orElseThrow();
    assertThat(status.idleRemaining()).isEqualTo(Duration.ofMinutes(6));
    assertThat(status.absoluteRemaining()).isEqualTo(Duration.ofHours(12).minusMinutes(4));

    f.clock.advance(Duration.ofMinutes(6));
    assertThat(f.core.resolveSession().status(s.token())).isEmpty();
    assertThat(f.resolve(s)).isInstanceOf(SessionResolution.Expired.class);
  }

  @Test
  void idleRemaining_isCappedByTheAbsoluteExpiry() {
    CoreFixture shortLived =
        new CoreFixture(
            AuthConfig.builder()
                .sessionIdleTimeout(Duration.ofMinutes(10))
                .sessionAbsoluteTimeout(Duration.ofMinutes(15))
                .build());
    SignedIn s = shortLived.register("alice");
    shortLived.clock.advance(Duration.ofMinutes(8));
    shortLived.resolve(s);

    SessionStatus status = shortLived.core.resolveSession().status(s.token()).orElseThrow();
    assertThat(status.idleRemaining()).isEqualTo(Duration.ofMinutes(7));
  }

  @Test
  void logout_destroysTheSessionServerSide() {
    SignedIn s = f.register("alice");

    f.core.logout().logout(new SessionCommand(s.token(), CLIENT));

    assertThat(f.resolve(s)).isInstanceOf(SessionResolution.Missing.class);
    assertThat(f.sessions.find(s.token().digest())).isEmpty();
    assertThat(f.auditEvents()).anyMatch(e -> e.type() == AuditEventType.LOGGED_OUT);
  }

  @Test
  void aUserMayHoldSeveralSessionsAtOnce() {
    SignedIn first = f.register("alice");
    SignedIn second = f.login("alice", PASSWORD);
    SignedIn third = f.login("alice", PASSWORD);

    assertThat(f.resolve(first)).isInstanceOf(SessionResolution.Active.class);
    assertThat(f.resolve(second)).isInstanceOf(SessionResolution.Active.class);
    assertThat(f.resolve(third)).isInstanceOf(SessionResolution.Active.class);
    assertThat(f.sessions.countByUser(first.user().id())).isEqualTo(3);
  }

  @Test
  void anUnknownToken_resolvesToMissing() {
    assertThat(f.core.resolveSession().resolve(SessionToken.generate()))
        .isInstanceOf(SessionResolution.Missing.class);
  }
}
