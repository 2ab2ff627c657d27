package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A burst on two hashing threads: 32 people registering at the same moment and then 32 signing in
 * at the same moment are all served, a little later, none refused as busy (the fixed queue this
 * replaced, two waiting per thread, refused 26 of them at once). The wait admitted is raised from
 * the default 2 s to 30 s so that the test does not depend on how fast this machine hashes: on a
 * loaded 2-core machine one Argon2id verification takes 300+ ms, and 2 s then holds about a dozen.
 * How the admitted wait follows the measured time is {@code BoundedPasswordHasherTest}'s subject.
 */
@MicronautTest(transactional = false)
@Property(name = "auth.hashing.threads", value = "2")
@Property(name = "auth.hashing.max-wait", value = "30s")
class HashingBurstIT {
  private static final int PEOPLE = 32;

  @Inject EmbeddedServer server;

  private final ExecutorService people = Executors.newFixedThreadPool(PEOPLE);

  @AfterEach
  void stop() throws InterruptedException {
    people.shutdownNow();
    assertThat(people.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void thirtyTwoSimultaneousRegistrations_thenThirtyTwoSimultaneousLogins_allSucceed()
      throws Exception {
    List<Browser.Page> registered =
        atOnce(
            "/register",
            i ->
                Map.of(
                    "username",
                    "burst" + i,
                    "password",
                    Accounts.PASSWORD,
                    "confirmPassword",
                    Accounts.PASSWORD));
    assertThat(registered)
        .allSatisfy(
            page -> {
              assertThat(page.status()).isEqualTo(303);
              assertThat(page.location()).isEqualTo("/dashboard");
            });

    List<Browser.Page> signedIn =
        atOnce("/", i -> Map.of("username", "burst" + i, "password", Accounts.PASSWORD));
    assertThat(signedIn)
        .allSatisfy(
            page -> {
              assertThat(page.status()).isEqualTo(303);
              assertThat(page.location()).isEqualTo("/dashboard");
            });
  }

  /**
   * Every person loads the form first (its CSRF token), then all post it at the same moment: {@code
   * /register} to itself, the login page {@code /} to {@code /login}.
   */
  private List<Browser.Page> atOnce(String formPage, Function<Integer, Map<String, String>> fields)
      throws Exception {
    String action = "/".equals(formPage) ? "/login" : formPage;
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Browser.Page>> answers = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      Browser browser = new Browser(server.getURI());
      Browser.Page form = browser.get(formPage);
      assertThat(form.status()).isEqualTo(200);
      Map<String, String> filled = new java.util.HashMap<>(fields.apply(i));
      filled.put("csrfToken", form.csrfToken());
      answers.add(
          people.submit(
              () -> {
                go.await();
                return browser.post(action, filled);
              }));
    }
    go.countDown();
    List<Browser.Page> pages = new ArrayList<>();
    for (Future<Browser.Page> answer : answers) {
      pages.add(answer.get(60, TimeUnit.SECONDS));
    }
    return pages;
  }
}
