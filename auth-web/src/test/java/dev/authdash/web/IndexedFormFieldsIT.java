package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * GHSA-43w5-mmxv-cpvh: micronaut-json-core before 4.10.16 (we run 4.10.15) loops without end, until
 * the heap is gone, when its form binder meets indexed field names in descending order ({@code
 * a[1].x} then {@code a[0].x}). That binder only runs when a form body is bound to an object or a
 * map. Our forms take their fields one by one as strings, which Micronaut reads by exact name
 * without it; micronaut-security's introspection endpoint ({@code POST /token_info}, bound to an
 * object) did reach it, and one POST by any signed-in user ran a 512 MB heap out in 11 s, so it is
 * turned off (application.yml). These bodies, sent to every form route and to that one, are each
 * answered at once with a redirect or a 4xx page, and the server answers after. The router's own
 * list of form routes must be the one posted to here and must take only strings, so a new form, or
 * one bound to an object, fails here until it is looked at.
 */
@MicronautTest(transactional = false)
class IndexedFormFieldsIT {
  @Inject Dashboard app;

  /** The advisory's pattern on our own field names and on others, huge indices, and a mix. */
  static final List<String> CRAFTED =
      List.of(
          "authors[1].name=a&authors[0].name=b",
          "username[1].x=a&username[0].x=b",
          "password[1].x=a&password[0].x=b&csrfToken[1].x=a&csrfToken[0].x=b",
          "code[2].x=a&code[1].x=b&code[0].x=c",
          "a[100000000]=x&a[100000000].b=x&a[2147483647].b=x&a[0].b=y",
          "username=alice&password=x&a[99].b=x&a[0].b=y&a[1][0].b=z");

  static final List<String> ANONYMOUS_FORMS =
      List.of(
          "/login",
          "/register",
          "/forgot-password",
          "/reset-password",
          "/login/2fa",
          "/login/passkey/options",
          "/login/passkey",
          "/login/2fa/passkey/options",
          "/login/2fa/passkey");

  /** Each needs a signed-in user; the owner is an admin, so the admin forms are reached too. */
  static final List<String> SIGNED_IN_FORMS =
      List.of(
          "/session/keepalive",
          "/profile/email",
          "/profile/password",
          "/profile/sessions/nohandle/revoke",
          "/profile/sessions/revoke-others",
          "/profile/2fa",
          "/profile/2fa/recovery-codes",
          "/profile/2fa/disable",
          "/profile/delete",
          "/profile/passkeys/options",
          "/profile/passkeys",
          "/profile/passkeys/1/rename",
          "/profile/passkeys/1/remove",
          "/admin/users",
          "/admin/users/nobody/promote",
          "/admin/users/nobody/demote",
          "/admin/users/nobody/reset-link",
          "/admin/users/nobody/delete",
          "/admin/users/nobody/logout",
          "/admin/users/nobody/role", // no such act: the 404 page
          "/admin/users/nobody/sessions/nohandle/revoke",
          "/admin/users/nobody/2fa/reset",
          "/admin/users/nobody/passkeys/1/remove",
          "/admin/locks/nobody/clear",
          "/token_info", // micronaut-security's, turned off: our 404
          "/logout");

  @Inject Router router;

  @Test
  void everyFormRoute_isPostedToHere_andBindsItsFieldsOneByOneAsStrings() {
    Set<HttpMethod> withBody =
        Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    List<String> posted =
        Stream.concat(ANONYMOUS_FORMS.stream(), SIGNED_IN_FORMS.stream()).toList();
    List<String> notPosted = new ArrayList<>();
    List<String> notStrings = new ArrayList<>();
    for (UriRouteInfo<?, ?> route : router.uriRoutes().toList()) {
      if (!withBody.contains(route.getHttpMethod())
          || !route.doesConsume(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
        continue;
      }
      String template = route.getHttpMethod() + " " + route.getUriMatchTemplate();
      if (route.getHttpMethod() != HttpMethod.POST
          || posted.stream()
              .noneMatch(path -> route.getUriMatchTemplate().match(path).isPresent())) {
        notPosted.add(template);
      }
      for (Argument<?> argument : route.getTargetMethod().getArguments()) {
        if (argument.getType() != String.class
            && !HttpRequest.class.isAssignableFrom(argument.getType())) {
          notStrings.add(template + " " + argument);
        }
      }
    }
    assertThat(notPosted).as("form routes this test does not post to").isEmpty();
    assertThat(notStrings).as("form fields bound to something else than a String").isEmpty();
  }

  @Test
  void indexedFieldNames_onEveryAnonymousForm_areAnsweredAtOnce() {
    Browser anonymous = app.visitor();
    anonymous.get("/");
    for (String form : ANONYMOUS_FORMS) {
      sendAll(anonymous, form);
    }
    assertThat(app.visitor().get("/").status()).isEqualTo(200);
  }

  @Test
  void indexedFieldNames_onEverySignedInForm_areAnsweredAtOnce() {
    // No CSRF token goes with them: the fields are bound before the controller runs, and the
    // refusal keeps these posts from signing the owner out or changing anything.
    Browser owner = app.owner();
    for (String form : SIGNED_IN_FORMS) {
      sendAll(owner, form);
    }
    assertThat(owner.get("/dashboard").status()).as("still signed in").isEqualTo(200);
  }

  private static void sendAll(Browser browser, String form) {
    for (String body : CRAFTED) {
      Browser.Page answer = browser.postRaw(form, body);
      String what = "POST " + form + " " + body;
      assertThat(answer.millis()).as(what).isLessThan(2_000);
      assertThat(answer.status()).as(what).isBetween(300, 499);
      assertThat(answer.body()).as(what).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }
}
