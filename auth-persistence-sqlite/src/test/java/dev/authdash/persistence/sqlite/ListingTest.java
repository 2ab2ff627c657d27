package dev.authdash.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.adapter.memory.InMemoryUserRepository;
import dev.authdash.core.model.LastLogin;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.User;
import dev.authdash.core.model.UserQuery;
import dev.authdash.core.model.Username;
import dev.authdash.core.port.out.UserRepository;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Listing gives what a plain filter gives, whichever plan runs, and each plan uses an index. */
class ListingTest {
  @RegisterExtension final FreshDatabase db = new FreshDatabase();

  @Test
  void everySearchRoleAndPage_matchesThePlainInMemoryFilter() {
    UserRepository sqlite = db.bean(UserRepository.class);
    InMemoryUserRepository memory = new InMemoryUserRepository();
    Random random = new Random(7);
    String[] parts = {"ma", "ri", "o", "an", "_", ".", "-", "x", "ka", "1"};
    for (int i = 0; i < 400; i++) {
      StringBuilder name = new StringBuilder("u");
      for (int k = 0; k < 3 + random.nextInt(4); k++) {
        name.append(parts[random.nextInt(parts.length)]);
      }
      name.append(i);
      Role role = random.nextInt(5) == 0 ? Role.ADMIN : Role.USER;
      User user = User.register(Username.of(name.toString()), "h", role, Instant.EPOCH);
      sqlite.add(user);
      memory.add(user);
    }
    List<String> terms = new ArrayList<>(List.of("m", "ma", "mar", "ari", "u", "an_", "a.k"));
    terms.addAll(List.of("%", "\"", "x-", "rio", "zzz", "maria", "o1", "1"));
    for (String term : terms) {
      for (Role role : new Role[] {null, Role.ADMIN, Role.USER}) {
        for (PageRequest page : List.of(PageRequest.first(5), new PageRequest(3, 7))) {
          UserQuery query = new UserQuery(Optional.of(term), Optional.ofNullable(role), page);
          assertThat(sqlite.list(query))
              .as("%s %s %s", term, role, page)
              .isEqualTo(memory.list(query));
        }
      }
    }
  }

  @Test
  void shortTerms_stayExactAfterRenamesRoleChangesAndDeletes() {
    UserRepository sqlite = db.bean(UserRepository.class);
    InMemoryUserRepository memory = new InMemoryUserRepository();
    Random random = new Random(11);
    String[] parts = {"ma", "a", "_", ".", "ka", "1", "aa"};
    List<User> users = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      StringBuilder name = new StringBuilder("n");
      for (int k = 0; k < 2 + random.nextInt(4); k++) {
        name.append(parts[random.nextInt(parts.length)]);
      }
      name.append(i);
      Role role = random.nextInt(4) == 0 ? Role.ADMIN : Role.USER;
      User user = User.register(Username.of(name.toString()), "h", role, Instant.EPOCH);
      sqlite.add(user);
      memory.add(user);
      users.add(user);
    }
    for (int i = 0; i < users.size(); i++) {
      User user = users.get(i);
      User changed;
      if (i % 13 == 0) {
        assertThat(sqlite.delete(user.id())).isTrue();
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
      assertThat(sqlite.update(changed)).isTrue();
      memory.update(changed);
    }
    for (String term : List.of("a", "aa", "ma", "o", "z", "zo", "q", "_", "._", "1", "ka", "b")) {
      for (Role role : new Role[] {null, Role.ADMIN, Role.USER}) {
        for (PageRequest page : List.of(PageRequest.first(5), new PageRequest(4, 9))) {
          UserQuery query = new UserQuery(Optional.of(term), Optional.ofNullable(role), page);
          assertThat(sqlite.list(query))
              .as("%s %s %s", term, role, page)
              .isEqualTo(memory.list(query));
        }
      }
    }
  }

  @Test
  void theCostRule_walksForDenseMatchesAndFetchesSparseOnes() {
    UserQuery firstPage =
        new UserQuery(Optional.of("mar"), Optional.empty(), PageRequest.first(20));
    UserQuery deepPage =
        new UserQuery(Optional.of("mar"), Optional.empty(), new PageRequest(400, 20));

    assertThat(UserListingQuery.fetchingMatchesIsCheaper(500_000, 1_000_000, firstPage)).isFalse();
    assertThat(UserListingQuery.fetchingMatchesIsCheaper(100, 1_000_000, firstPage)).isTrue();
    assertThat(UserListingQuery.fetchingMatchesIsCheaper(10_000, 1_000_000, deepPage)).isTrue();
  }

  @Test
  void roleAndSearchListings_andAuditFilters_useIndexes() throws Exception {
    assertThat(db.bean(UserRepository.class).count()).isZero();
    UserQuery byRole =
        new UserQuery(Optional.empty(), Optional.of(Role.USER), PageRequest.first(20));
    UserQuery bySearch =
        new UserQuery(Optional.of("mar"), Optional.of(Role.ADMIN), PageRequest.first(20));
    assertThat(plan(UserListingQuery.page(byRole, 1, 1))).contains("INDEX users_role_username");
    assertThat(plan(UserListingQuery.count(bySearch))).contains("VIRTUAL TABLE INDEX");
    assertThat(plan(UserListingQuery.page(bySearch, 1, 1_000_000))).contains("VIRTUAL TABLE INDEX");
    assertThat(plan(UserListingQuery.page(bySearch, 900_000, 1_000_000)))
        .contains("INDEX users_role_username")
        .doesNotContain("TEMP B-TREE");
    for (Role role : new Role[] {null, Role.ADMIN}) {
      UserQuery shortTerm =
          new UserQuery(Optional.of("ma"), Optional.ofNullable(role), PageRequest.first(20));
      assertThat(plan(UserListingQuery.count(shortTerm)))
          .contains("SEARCH username_gram_counts USING PRIMARY KEY");
      assertThat(plan(UserListingQuery.page(shortTerm, 10, 1_000_000)))
          .contains("SEARCH g USING PRIMARY KEY");
      assertThat(plan(UserListingQuery.page(shortTerm, 500_000, 1_000_000)))
          .contains(role == null ? "SCAN u USING INDEX" : "INDEX users_role_username")
          .doesNotContain("TEMP B-TREE");
    }
    dev.authdash.core.model.AuditQuery aboutBob =
        new dev.authdash.core.model.AuditQuery(
            Optional.of("bob"), Optional.empty(), Optional.empty(), PageRequest.first(20));
    assertThat(plan(AuditListingQuery.page(aboutBob)))
        .contains("INDEX audit_events_actor_at")
        .contains("INDEX audit_events_target_at");
    assertThat(
            plan(
                AuditListingQuery.page(
                    dev.authdash.core.model.AuditQuery.all(PageRequest.first(20)))))
        .contains("INDEX audit_events_at")
        .doesNotContain("TEMP B-TREE");
  }

  private String plan(UserListingQuery query) throws Exception {
    return plan(query.sql(), query.parameters());
  }

  private String plan(AuditListingQuery query) throws Exception {
    return plan(query.sql(), query.parameters());
  }

  private String plan(String sql, List<Object> parameters) throws Exception {
    DataSource dataSource =
        SqliteConnections.driver(new SqliteSettings(db.file(), Duration.ofSeconds(5), 1));
    StringBuilder plan = new StringBuilder();
    try (Connection c = dataSource.getConnection();
        var statement = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
      SqliteUserRepository.bind(statement, parameters);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          plan.append(rows.getString("detail")).append('\n');
        }
      }
    }
    return plan.toString();
  }
}
