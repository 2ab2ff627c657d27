package dev.authdash.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.model.PageRequest;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.UserQuery;
import dev.authdash.core.port.out.UserRepository;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each listing plan uses an index (that listings give what a plain filter gives, whichever plan
 * runs, is part of the core's contract).
 */
class ListingTest {
  @RegisterExtension final FreshDatabase db = new FreshDatabase();

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
