package dev.authdash.persistence.postgres;

import static dev.authdash.core.testing.TestUsers.admin;
import static dev.authdash.core.testing.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.error.UsernameTakenException;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.User;
import dev.authdash.core.port.out.UnitOfWork;
import dev.authdash.core.port.out.UserRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The races of the contract, run from two contexts with their own pools on one database, as two
 * dashboards would: the guards must hold in the server, not in a process.
 */
class TwoDashboardsRaceTest {
  @RegisterExtension static final FreshPostgres DB = new FreshPostgres();
  private static PostgresTestDatabase other;

  @BeforeAll
  static void openTheSecondDashboard() {
    other = PostgresTestDatabase.open(DB.database());
  }

  @AfterAll
  static void closeTheSecondDashboard() {
    other.close();
  }

  private static UserRepository users(int dashboard) {
    return dashboard % 2 == 0 ? DB.bean(UserRepository.class) : other.bean(UserRepository.class);
  }

  private static UnitOfWork unitOfWork(int dashboard) {
    return dashboard % 2 == 0 ? DB.bean(UnitOfWork.class) : other.bean(UnitOfWork.class);
  }

  @Test
  void sixteenRegistrationsOfOneName_onSeparateConnectionsOfTwoDashboards_giveOneUser()
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> outcomes = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      int dashboard = i;
      outcomes.add(
          pool.submit(
              () -> {
                start.await();
                try {
                  users(dashboard).add(user("racer"));
                  return "created";
                } catch (UsernameTakenException e) {
                  return "taken";
                }
              }));
    }
    start.countDown();
    List<String> results = new ArrayList<>();
    for (Future<String> f : outcomes) {
      results.add(f.get(30, TimeUnit.SECONDS));
    }
    pool.shutdown();

    assertThat(results).filteredOn("created"::equals).hasSize(1);
    assertThat(results).filteredOn("taken"::equals).hasSize(15);
    assertThat(users(1).count()).isEqualTo(1);
  }

  @Test
  void twoDashboardsDemotingTheLastTwoAdminsAtOnce_leaveOneAdmin() throws Exception {
    for (int round = 0; round < 10; round++) {
      User a = admin("alpha" + round);
      User b = admin("beta" + round);
      users(0).add(a);
      users(1).add(b);
      long adminsBefore = users(0).countByRole(Role.ADMIN);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> demoted = new ArrayList<>();
      List<User> targets = List.of(a, b);
      for (int dashboard = 0; dashboard < 2; dashboard++) {
        int d = dashboard;
        User target = targets.get(d);
        demoted.add(
            pool.submit(
                () -> {
                  start.await();
                  return unitOfWork(d)
                      .atomically(
                          () -> {
                            if (users(d).countByRole(Role.ADMIN) <= adminsBefore - 1) {
                              return false;
                            }
                            User fresh = users(d).findById(target.id()).orElseThrow();
                            return users(d).update(fresh.withRole(Role.USER));
                          });
                }));
      }
      start.countDown();
      int done = 0;
      for (Future<Boolean> f : demoted) {
        done += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      pool.shutdown();

      assertThat(done).as("round %d", round).isEqualTo(1);
      assertThat(users(1).countByRole(Role.ADMIN)).isEqualTo(adminsBefore - 1);
    }
  }
}
