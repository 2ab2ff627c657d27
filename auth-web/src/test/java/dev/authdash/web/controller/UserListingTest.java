package dev.authdash.web.controller;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.export.ExportFormat;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.UserQuery;
import io.micronaut.http.uri.QueryStringDecoder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The users panel reads any search, role and page leniently, and writes them back as it read them.
 */
class UserListingTest {

  @Test
  void badPageNumbers_meanTheFirstPage() {
    for (String page :
        new String[] {null, "", "  ", "0", "-3", "abc", "2.5", "1e3", "9999999999", "2147483648"}) {
      assertThat(UserListing.of(null, null, page).page()).as("page=%s", page).isEqualTo(1);
    }
    assertThat(UserListing.of(null, null, " 7 ").page()).isEqualTo(7);
    assertThat(UserListing.of(null, null, "999999999").page()).isEqualTo(999_999_999);
  }

  @Test
  void unknownRoles_meanEveryRole_andKnownOnesAreReadInAnyCase() {
    for (String role : new String[] {null, "", "owner", "ADMINS", "root", "ADMIN,USER"}) {
      UserListing listing = UserListing.of(null, role, null);
      assertThat(listing.role()).as("role=%s", role).isEmpty();
      assertThat(listing.roleFilter()).as("role=%s", role).isEmpty();
    }
    assertThat(UserListing.of(null, " admin ", null).roleFilter()).contains(Role.ADMIN);
    assertThat(UserListing.of(null, "User", null).role()).isEqualTo("USER");
  }

  @Test
  void aVeryLongSearch_isCutTo64Characters_afterStrippingSpaces() {
    String longQ = "  " + "a".repeat(60) + "bcdefghij" + "z".repeat(10_000) + "  ";
    assertThat(UserListing.of(longQ, null, null).q()).isEqualTo("a".repeat(60) + "bcde");
    assertThat(UserListing.of("  ann  ", null, null).q()).isEqualTo("ann");
  }

  @Test
  void theCoreIsAskedForTheListingsPage_ofTheGivenSize() {
    assertThat(UserListing.of(" ann ", "admin", "3").query(20))
        .isEqualTo(
            new UserQuery(Optional.of("ann"), Optional.of(Role.ADMIN), new PageRequest(3, 20)));
    assertThat(UserListing.of(null, null, null).query(1))
        .isEqualTo(new UserQuery(Optional.of(""), Optional.empty(), PageRequest.first(1)));
  }

  @Test
  void uri_leavesDefaultsOut() {
    assertThat(UserListing.of(null, "nobody", "1").uri()).isEqualTo("/admin/users");
    assertThat(UserListing.of(null, "user", "2").uri()).isEqualTo("/admin/users?role=USER&page=2");
  }

  @Test
  void uri_roundTrips_whateverTheSearchHolds() {
    for (String q : List.of("ann", "a b&c=d", "100% ü+€ #?/", "x".repeat(64), "'\"<>")) {
      for (String role : new String[] {"", "ADMIN", "USER"}) {
        for (int page : new int[] {1, 2, 999_999_999}) {
          UserListing listing = new UserListing(q, role, page);
          assertThat(readBack(listing.uri())).as(listing.uri()).isEqualTo(listing);
        }
      }
    }
  }

  @Test
  void exportUri_carriesTheFilters_butNotThePage() {
    UserListing listing = UserListing.of("a b&c", "admin", "4");
    String csv = listing.exportUri(ExportFormat.CSV);
    assertThat(new QueryStringDecoder(csv).path()).isEqualTo("/admin/users/export");
    assertThat(new QueryStringDecoder(csv).parameters())
        .isEqualTo(
            Map.of("format", List.of("csv"), "q", List.of("a b&c"), "role", List.of("ADMIN")));
    assertThat(UserListing.of(null, null, "4").exportUri(ExportFormat.JSON))
        .isEqualTo("/admin/users/export?format=json");
  }

  private static UserListing readBack(String uri) {
    QueryStringDecoder decoded = new QueryStringDecoder(uri);
    assertThat(decoded.path()).isEqualTo("/admin/users");
    Map<String, List<String>> params = decoded.parameters();
    return UserListing.of(first(params, "q"), first(params, "role"), first(params, "page"));
  }

  private static String first(Map<String, List<String>> params, String name) {
    return params.getOrDefault(name, List.of()).stream().findFirst().orElse(null);
  }
}
