package dev.authdash.core.contract;

import static dev.authdash.core.testing.TestUsers.admin;
import static dev.authdash.core.testing.TestUsers.fullyPopulated;
import static dev.authdash.core.testing.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.adapter.memory.InMemoryUserRepository;
import dev.authdash.core.error.EmailTakenException;
import dev.authdash.core.error.UsernameTakenException;
import dev.authdash.core.model.Batch;
import dev.authdash.core.model.EmailAddress;
import dev.authdash.core.model.LastLogin;
import dev.authdash.core.model.Page;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.model.PendingEmail;
import dev.authdash.core.model.ResetToken;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.User;
import dev.authdash.core.model.UserEmail;
import dev.authdash.core.model.UserId;
import dev.authdash.core.model.UserQuery;
import dev.authdash.core.model.Username;
import dev.authdash.core.port.out.UnitOfWork;
import dev.authdash.core.port.out.UserRepository;
import dev.authdash.core.testing.TestUsers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UserRepository} (with its {@link UnitOfWork}) must do. Adapters extend this
 * class and provide fresh, empty instances.
 */
public abstract class UserRepositoryContractTest {

  /** An empty repository; called once per test. */
  protected abstract UserRepository repository();

  /** The unit of work that goes with {@link #repository()}. */
  protected abstract UnitOfWork unitOfWork();

  @Test
  void anAddedUser_isFoundByIdAndByUsername_withEveryFieldKept() {
    User alice = fullyPopulated("alice");
    repository().add(alice);

    assertThat(repository().findById(alice.id())).contains(alice);
    assertThat(repository().findByUsername(Username.of("alice"))).contains(alice);
  }

  @Test
  void aUserWithNoLastLogin_comesBackWithNone() {
    User bob = user("bob");
    repository().add(bob);

    assertThat(repository().findById(bob.id()).orElseThrow().lastLoginIfAny()).isEmpty();
  }

  @Test
  void unknownIdsAndNames_findNothing() {
    assertThat(repository().findById(UserId.random())).isEmpty();
    assertThat(repository().findByUsername(Username.of("nobody"))).isEmpty();
  }

  @Test
  void addingATakenUsername_isRefusedAsUsernameTaken() {
    repository().add(user("carol"));

    assertThatThrownBy(() -> repository().add(user("carol")))
        .isInstanceOf(UsernameTakenException.class)
        .hasMessage("Username already exists.");
    assertThat(repository().count()).isEqualTo(1);
  }

  @Test
  void sixteenConcurrentAddsOfOneName_giveOneUserAndFifteenUsernameTaken() throws Exception {
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> outcomes = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Callable<String> attempt =
          () -> {
            start.await();
            try {
              repository().add(user("racer"));
              return "created";
            } catch (UsernameTakenException e) {
              return "taken";
            }
          };
      outcomes.add(pool.submit(attempt));
    }
    start.countDown();
    List<String> results = new ArrayList<>();
    for (Future<String> f : outcomes) {
      results.add(f.get(30, TimeUnit.SECONDS));
    }
    pool.shutdown();

    assertThat(results).filteredOn("created"::equals).hasSize(1);
    assertThat(results).filteredOn("taken"::equals).hasSize(15);
    assertThat(repository().count()).isEqualTo(1);
  }

  @Test
  void update_replacesTheStoredUser() {
    User dave = user("dave");
    repository().add(dave);
    User changed =
        dave.withRole(Role.ADMIN)
            .withPasswordHash(TestUsers.PLACEHOLDER_HASH + "x")
            .withLastLogin(new LastLogin(TestUsers.now(), "192.0.2.7"));

    assertThat(repository().update(changed)).isTrue();
    assertThat(repository().findById(dave.id())).contains(changed);
  }

  @Test
  void updateOfAnUnknownUser_returnsFalseAndStoresNothing() {
    assertThat(repository().update(user("ghost"))).isFalse();
    assertThat(repository().count()).isZero();
  }

  @Test
  void delete_removesTheUserAndFreesTheName() {
    User erin = user("erin");
    repository().add(erin);

    assertThat(repository().delete(erin.id())).isTrue();
    assertThat(repository().delete(erin.id())).isFalse();
    assertThat(repository().findByUsername(Username.of("erin"))).isEmpty();
    repository().add(user("erin"));
    assertThat(repository().count()).isEqualTo(1);
  }

  @Test
  void list_isOrderedByUsername_pagedWithAnExactTotal() {
    for (String name : List.of("mike", "anna", "zoe", "bert", "lena")) {
      repository().add(user(name));
    }

    Page<User> first = repository().list(UserQuery.all(new PageRequest(1, 2)));
    Page<User> third = repository().list(UserQuery.all(new PageRequest(3, 2)));
    Page<User> beyond = repository().list(UserQuery.all(new PageRequest(4, 2)));

    assertThat(names(first)).containsExactly("anna", "bert");
    assertThat(first.total()).isEqualTo(5);
    assertThat(first.totalPages()).isEqualTo(3);
    assertThat(names(third)).containsExactly("zoe");
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isEqualTo(5);
  }

  @Test
  void list_filtersBySubstringAndRole() {
    repository().add(user("maria"));
    repository().add(admin("mario"));
    repository().add(user("amar"));
    repository().add(admin("root"));

    assertThat(names(query("mar", null))).containsExactly("amar", "maria", "mario");
    assertThat(names(query("MAR", null))).containsExactly("amar", "maria", "mario");
    assertThat(names(query(null, Role.ADMIN))).containsExactly("mario", "root");
    assertThat(names(query("mar", Role.ADMIN))).containsExactly("mario");
    assertThat(query("mar", Role.USER).total()).isEqualTo(2);
  }

  @Test
  void search_treatsWildcardCharactersLiterally() {
    repository().add(user("a_b"));
    repository().add(user("axb"));
    repository().add(user("a.b"));

    assertThat(names(query("_", null))).containsExactly("a_b");
    assertThat(names(query("%", null))).isEmpty();
    assertThat(names(query(".", null))).containsExactly("a.b");
  }

  // Whichever plan an adapter picks for a search (index walk, fetched matches, short-term
  // index), the page and the total are what a plain filter over every user gives.
  @Test
  void everySearchRoleAndPage_matchesThePlainInMemoryFilter() {
    UserRepository store = repository();
    InMemoryUserRepository memory = new InMemoryUserRepository();
    Random random = new Random(7);
    String[] parts = {"ma", "ri", "o", "an", "_", ".", "-", "x", "ka", "1"};
    for (int i = 0; i < 400; i++) {
      User user = randomUser(random, "u" + i, parts, 3, 5);
      store.add(user);
      memory.add(user);
    }
    List<String> terms = new ArrayList<>(List.of("m", "ma", "mar", "ari", "u", "an_", "a.k"));
    terms.addAll(List.of("%", "\"", "x-", "rio", "zzz", "maria", "o1", "1"));
    for (String term : terms) {
      for (Role role : new Role[] {null, Role.ADMIN, Role.USER}) {
        for (PageRequest page : List.of(PageRequest.first(5), new PageRequest(3, 7))) {
          UserQuery query = new UserQuery(Optional.of(term), Optional.ofNullable(role), page);
          assertThat(store.list(query))
              .as("%s %s %s", term, role, page)
              .isEqualTo(memory.list(query));
        }
      }
    }
  }

  // The export's walk: batches seek past the last username; whatever the batch size, search and
  // role, it visits every match once, in username order.
  @Test
  void aKeysetWalk_visitsEveryMatchOnceInUsernameOrder_forEverySearchRoleAndBatchSize() {
    UserRepository store = repository();
    Random random = new Random(13);
    String[] parts = {"ma", "ri", "o", "_", ".", "-", "x", "1"};
    List<User> users = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      User user = randomUser(random, "u" + i, parts, 2, 4);
      store.add(user);
      users.add(user);
    }
    for (String term : new String[] {null, "ma", "o", "_", "%", "ri1", "zzz"}) {
      for (Role role : new Role[] {null, Role.ADMIN, Role.USER}) {
        UserQuery filter =
            new UserQuery(
                Optional.ofNullable(term), Optional.ofNullable(role), PageRequest.first(1));
        List<String> expected =
            users.stream()
                .filter(u -> term == null || u.username().value().contains(term))
                .filter(u -> role == null || u.role() == role)
                .map(u -> u.username().value())
                .sorted()
                .toList();
        for (int limit : new int[] {1, 7, 500}) {
          List<String> visited = new ArrayList<>();
          Optional<Username> after = Optional.empty();
          do {
            Batch<User, Username> batch = store.listAfter(filter, after, limit);
            assertThat(batch.items().size()).isLessThanOrEqualTo(limit);
            batch.items().forEach(u -> visited.add(u.username().value()));
            after = batch.next();
          } while (after.isPresent());
          assertThat(visited).as("%s %s by %d", term, role, limit).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void aKeysetWalk_returnsWholeUsers_andSaysWhenNothingIsLeft() {
    User anna = user("anna");
    repository().add(anna);
    repository().add(admin("bert"));

    Batch<User, Username> first =
        repository().listAfter(UserQuery.all(PageRequest.first(1)), Optional.empty(), 1);
    Batch<User, Username> rest =
        repository().listAfter(UserQuery.all(PageRequest.first(1)), first.next(), 5);

    assertThat(first.items()).containsExactly(anna);
    assertThat(first.next()).contains(Username.of("anna"));
    assertThat(rest.items()).extracting(u -> u.username().value()).containsExactly("bert");
    assertThat(rest.next()).isEmpty();
  }

  @Test
  void shortAndThreeCharacterTerms_stayExactAfterRenamesRoleChangesAndDeletes() {
    UserRepository store = repository();
    InMemoryUserRepository memory = new InMemoryUserRepository();
    Random random = new Random(11);
    String[] parts = {"ma", "a", "_", ".", "ka", "1", "aa"};
    List<User> users = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      User user = randomUser(random, "n" + i, parts, 2, 4);
      store.add(user);
      memory.add(user);
      users.add(user);
    }
    for (int i = 0; i < users.size(); i++) {
      User user = users.get(i);
      User changed;
      if (i % 13 == 0) {
        assertThat(store.delete(user.id())).isTrue();
        memory.delete(user.id());
        continue;
      } else if (i % 5 == 0) {
        changed = user.withRole(user.role() == Role.ADMIN ? Role.USER : Role.ADMIN);
      } else if (i % 3 == 0) {
        String renamed = "z" + user.username().value().replace('a', 'o').replace("1", "");
        changed =
            User.restore(
                user.id(),
                Username.of(renamed + "q" + i),
                user.passwordHash(),
                i % 2 == 0 ? Role.ADMIN : user.role(),
                user.owner(),
                user.createdAt(),
                null,
                null);
      } else {
        changed = user.withLastLogin(new LastLogin(Instant.EPOCH.plusSeconds(i), "192.0.2.1"));
      }
      assertThat(store.update(changed)).isTrue();
      memory.update(changed);
    }
    List<String> terms = new ArrayList<>(List.of("a", "aa", "ma", "o", "z", "zo", "q", "_", "1"));
    // 3 characters: PostgreSQL keeps exact totals of these too (trigram counts), not only 1-2.
    terms.addAll(List.of("._", "ka", "b", "maa", "zom", "a_a", "aak", "oq1"));
    for (String term : terms) {
      for (Role role : new Role[] {null, Role.ADMIN, Role.USER}) {
        for (PageRequest page : List.of(PageRequest.first(5), new PageRequest(4, 9))) {
          UserQuery query = new UserQuery(Optional.of(term), Optional.ofNullable(role), page);
          assertThat(store.list(query))
              .as("%s %s %s", term, role, page)
              .isEqualTo(memory.list(query));
        }
      }
    }
  }

  @Test
  void counts_byRoleAndInAll() {
    repository().add(admin("root"));
    repository().add(user("user1"));
    repository().add(user("user2"));

    assertThat(repository().count()).isEqualTo(3);
    assertThat(repository().countByRole(Role.ADMIN)).isEqualTo(1);
    assertThat(repository().countByRole(Role.USER)).isEqualTo(2);
  }

  @Test
  void unitOfWork_makesCheckThenWriteAtomic_soTwoConcurrentDemotionsLeaveAnAdmin()
      throws Exception {
    for (int round = 0; round < 10; round++) {
      User a = admin("alpha" + round);
      User b = admin("beta" + round);
      repository().add(a);
      repository().add(b);
      long adminsBefore = repository().countByRole(Role.ADMIN);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> demoted = new ArrayList<>();
      for (User target : List.of(a, b)) {
        demoted.add(
            pool.submit(
                () -> {
                  start.await();
                  return unitOfWork()
                      .atomically(
                          () -> {
                            if (repository().countByRole(Role.ADMIN) <= adminsBefore - 1) {
                              return false;
                            }
                            User fresh = repository().findById(target.id()).orElseThrow();
                            return repository().update(fresh.withRole(Role.USER));
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
      assertThat(repository().countByRole(Role.ADMIN)).isEqualTo(adminsBefore - 1);
    }
  }

  @Test
  void unitOfWork_returnsTheResultOfItsWork_andPassesExceptionsThrough() {
    assertThat(unitOfWork().atomically(() -> 42)).isEqualTo(42);
    assertThatThrownBy(
            () ->
                unitOfWork()
                    .atomically(
                        () -> {
                          throw new UsernameTakenException();
                        }))
        .isInstanceOf(UsernameTakenException.class);
  }

  private Page<User> query(String search, Role role) {
    return repository()
        .list(
            new UserQuery(
                Optional.ofNullable(search), Optional.ofNullable(role), PageRequest.first(50)));
  }

  @Test
  void deviceEpoch_startsAtZero_andOnlyAdvanceMovesIt_neverAnUpdate() {
    User alice = user("alice");
    User bob = user("bob");
    repository().add(alice);
    repository().add(bob);
    assertThat(repository().deviceEpoch(alice.id())).isZero();

    repository().advanceDeviceEpoch(alice.id());
    repository().advanceDeviceEpoch(alice.id());
    repository().update(alice.withRole(Role.ADMIN));

    assertThat(repository().deviceEpoch(alice.id())).isEqualTo(2);
    assertThat(repository().deviceEpoch(bob.id())).isZero();
    assertThat(repository().deviceEpoch(UserId.random())).isZero();
  }

  @Test
  void advancingTheDeviceEpochConcurrently_countsEveryCall_andAnUnknownIdIsIgnored()
      throws Exception {
    User alice = user("alice");
    repository().add(alice);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      done.add(pool.submit(() -> repository().advanceDeviceEpoch(alice.id())));
    }
    for (Future<?> f : done) {
      f.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();
    repository().advanceDeviceEpoch(UserId.random());

    assertThat(repository().deviceEpoch(alice.id())).isEqualTo(8);
  }

  private static List<String> names(Page<User> page) {
    return page.items().stream().map(u -> u.username().value()).toList();
  }

  @Test
  void aVerifiedAddress_findsItsUser_anUnverifiedOneDoesNot() {
    User alice =
        user("alice")
            .withEmail(UserEmail.verified(EmailAddress.of("a@example.com"), TestUsers.now()));
    User bob = user("bob").withEmail(UserEmail.unverified(EmailAddress.of("b@example.com")));
    repository().add(alice);
    repository().add(bob);

    assertThat(repository().findByVerifiedEmail(EmailAddress.of("a@example.com"))).contains(alice);
    assertThat(repository().findByVerifiedEmail(EmailAddress.of("b@example.com"))).isEmpty();
    assertThat(repository().findById(bob.id()).orElseThrow().emailIfAny())
        .contains(UserEmail.unverified(EmailAddress.of("b@example.com")));
  }

  @Test
  void aPendingAddress_isFoundByItsTokenDigest_untilItIsCleared() {
    ResetToken token = ResetToken.generate();
    PendingEmail pending =
        new PendingEmail(EmailAddress.of("new@example.com"), token.digest(), TestUsers.now());
    User alice = user("alice").withPendingEmail(pending);
    repository().add(alice);

    assertThat(repository().findByPendingEmail(token.digest())).contains(alice);

    repository().update(alice.withPendingEmail(null));

    assertThat(repository().findByPendingEmail(token.digest())).isEmpty();
    assertThat(repository().findById(alice.id()).orElseThrow().pendingEmailIfAny()).isEmpty();
  }

  @Test
  void oneAddress_mayBeUnverifiedOnMany_butVerifiedOnOneUserOnly() {
    EmailAddress shared = EmailAddress.of("shared@example.com");
    User alice = user("alice").withEmail(UserEmail.verified(shared, TestUsers.now()));
    User bob = user("bob").withEmail(UserEmail.unverified(shared));
    User carol = user("carol").withEmail(UserEmail.unverified(shared));
    repository().add(alice);
    repository().add(bob);
    repository().add(carol);

    assertThatThrownBy(
            () -> repository().update(bob.withEmail(UserEmail.verified(shared, TestUsers.now()))))
        .isInstanceOf(EmailTakenException.class);
    assertThatThrownBy(
            () ->
                repository()
                    .add(user("dave").withEmail(UserEmail.verified(shared, TestUsers.now()))))
        .isInstanceOf(EmailTakenException.class);
    assertThat(repository().findByVerifiedEmail(shared)).contains(alice);
    assertThat(repository().findById(bob.id()).orElseThrow().verifiedEmail()).isEmpty();
  }

  @Test
  void removingAnAddress_freesItForAnotherUser() {
    EmailAddress address = EmailAddress.of("moving@example.com");
    User alice = user("alice").withEmail(UserEmail.verified(address, TestUsers.now()));
    repository().add(alice);
    repository().update(alice.withEmail(null));

    User bob = user("bob").withEmail(UserEmail.verified(address, TestUsers.now()));
    repository().add(bob);

    assertThat(repository().findByVerifiedEmail(address)).contains(bob);
  }

  /**
   * A user named by a random run of the parts (at least {@code minParts}, up to three more) and the
   * suffix, which makes the name unique; an admin one time in {@code adminOneIn}.
   */
  private static User randomUser(
      Random random, String suffix, String[] parts, int minParts, int adminOneIn) {
    StringBuilder name = new StringBuilder(suffix.substring(0, 1));
    for (int k = 0; k < minParts + random.nextInt(4); k++) {
      name.append(parts[random.nextInt(parts.length)]);
    }
    name.append(suffix.substring(1));
    Role role = random.nextInt(adminOneIn) == 0 ? Role.ADMIN : Role.USER;
    return User.register(Username.of(name.toString()), "h", role, Instant.EPOCH);
  }
}
