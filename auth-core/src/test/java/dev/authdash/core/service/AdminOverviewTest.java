package dev.authdash.core.service;

import static dev.authdash.core.testing.CoreFixture.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.error.NotPermittedException;
import dev.authdash.core.model.ActivityBucket;
import dev.authdash.core.model.AdminOverview;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.testing.CoreFixture;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The admin's overview: figures from the stores, charts per UTC hour and day from the audit log.
 */
class AdminOverviewTest {
  private final CoreFixture f = new CoreFixture(); // the clock starts at 2026-01-15T10:00:00Z

  private void seed(String at, AuditEventType type, int times) {
    for (int i = 0; i < times; i++) {
      f.audit.append(new AuditEvent(Instant.parse(at), type, "x", "", "192.0.2.1", ""));
    }
  }

  @Test
  void theCharts_countEachKindPerUtcHourAndDay_everyBucketPresent() {
    SignedIn owner = f.owner(); // at 10:00: USER_CREATED and LOGIN_SUCCEEDED
    f.clock.advance(Duration.ofMinutes(30));
    seed("2026-01-15T10:05:00Z", AuditEventType.LOGIN_FAILED, 2);
    seed("2026-01-15T10:06:00Z", AuditEventType.LOCKED, 1);
    seed("2026-01-15T09:59:59.999Z", AuditEventType.LOGIN_FAILED, 3);
    seed("2026-01-14T11:00:00Z", AuditEventType.LOGIN_SUCCEEDED, 4); // first hour of 24
    seed("2026-01-14T10:59:59.999Z", AuditEventType.LOGIN_SUCCEEDED, 5); // before it
    seed("2025-12-17T00:00:00Z", AuditEventType.REGISTERED, 6); // first day of 30
    seed("2025-12-16T23:59:59.999Z", AuditEventType.USER_CREATED, 7); // before it
    seed("2026-01-15T10:40:00Z", AuditEventType.LOGGED_OUT, 8); // not charted

    AdminOverview overview = f.core.adminOverview().overview(actor(owner));

    assertThat(overview.lastDay().buckets()).hasSize(24);
    assertThat(overview.lastDay().buckets().get(0))
        .isEqualTo(new ActivityBucket(Instant.parse("2026-01-14T11:00:00Z"), 4, 0, 0, 0));
    assertThat(overview.lastDay().buckets().get(22))
        .isEqualTo(new ActivityBucket(Instant.parse("2026-01-15T09:00:00Z"), 0, 3, 0, 0));
    assertThat(overview.lastDay().buckets().get(23))
        .isEqualTo(new ActivityBucket(Instant.parse("2026-01-15T10:00:00Z"), 1, 2, 1, 1));
    assertThat(overview.lastDay().buckets().subList(1, 22))
        .allSatisfy(
            b -> assertThat(b.signedIn() + b.failed() + b.lockouts() + b.newAccounts()).isZero());
    assertThat(overview.lastDay().failed()).isEqualTo(5);

    assertThat(overview.lastMonth().buckets()).hasSize(30);
    assertThat(overview.lastMonth().buckets().get(0))
        .isEqualTo(new ActivityBucket(Instant.parse("2025-12-17T00:00:00Z"), 0, 0, 0, 6));
    assertThat(overview.lastMonth().buckets().get(28))
        .isEqualTo(new ActivityBucket(Instant.parse("2026-01-14T00:00:00Z"), 9, 0, 0, 0));
    assertThat(overview.lastMonth().buckets().get(29))
        .isEqualTo(new ActivityBucket(Instant.parse("2026-01-15T00:00:00Z"), 1, 5, 1, 1));
    assertThat(overview.lastMonth().newAccounts()).isEqualTo(7);
    assertThat(overview.lastMonth().peak()).isEqualTo(9);
  }

  @Test
  void theFigures_countUsersByRole_andLiveSessions() {
    SignedIn owner = f.owner();
    f.register("alice");
    f.register("bob");
    f.login("bob", CoreFixture.PASSWORD);

    AdminOverview overview = f.core.adminOverview().overview(actor(owner));

    assertThat(overview.usersByRole()).containsEntry(Role.ADMIN, 1L).containsEntry(Role.USER, 2L);
    assertThat(overview.users()).isEqualTo(3);
    assertThat(overview.liveSessions()).isEqualTo(4);
    f.clock.advance(Duration.ofHours(13));
    assertThat(f.core.adminOverview().overview(actor(owner)).liveSessions()).isZero();
  }

  @Test
  void aUser_mayNotSeeTheOverview() {
    SignedIn alice = f.register("alice");

    assertThatThrownBy(() -> f.core.adminOverview().overview(actor(alice)))
        .isInstanceOf(NotPermittedException.class);
  }
}
