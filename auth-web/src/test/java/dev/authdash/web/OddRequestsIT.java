package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * Requests no browser of ours sends but anyone can: a forged {@code Host}, oversized lines and
 * headers, broken escapes. Each gets its 4xx page, never a 500, and no link is built from them.
 */
@MicronautTest(transactional = false)
@Property(name = "auth.allowed-hosts", value = "dash.example.org, Other.Example.NET:8443")
class OddRequestsIT {
  @Inject EmbeddedServer server;

  URI uri() {
    return server.getURI();
  }

  @Test
  void aHostThatIsNotAllowed_getsTheBadRequestPage() {
    RawHttp.Response forged = RawHttp.get(uri(), "/", "Host: evil.example.com");

    assertThat(forged.status()).isEqualTo(400);
    assertThat(forged.body()).contains("Unknown host").contains("AUTH_ALLOWED_HOSTS");
    assertThat(forged.hasHeader("content-type", "text/html")).isTrue();
    assertThat(RawHttp.get(uri(), "/", "Host: evil.example.com:" + uri().getPort()).status())
        .isEqualTo(400);
    assertThat(RawHttp.get(uri(), "/", "Host: localhost.evil.example.com").status()).isEqualTo(400);
  }

  @Test
  void allowedHosts_localhostAndLoopback_getThePage() {
    int port = uri().getPort();
    for (String host :
        new String[] {
          "localhost:" + port,
          "127.0.0.1:" + port,
          "[::1]:" + port,
          "dash.example.org",
          "DASH.example.org:443",
          "other.example.net"
        }) {
      assertThat(RawHttp.get(uri(), "/", "Host: " + host).status()).as(host).isEqualTo(200);
    }
  }

  @Test
  void healthChecks_byAddress_areAnswered() {
    RawHttp.Response health =
        RawHttp.send(
            uri(), "GET /health HTTP/1.1\r\nHost: 10.0.0.7:8080\r\nAccept: application/json", "");
    assertThat(health.status()).isEqualTo(200);
  }

  @Test
  void aCommaOrSemicolonInTheQueryOfAProtectedPage_isRememberedAndGivenBackAfterSignIn() {
    for (String wanted : new String[] {"/admin/users?q=a,b", "/admin/users?q=a;b%3B%22c"}) {
      Browser b = new Browser(uri());
      Browser.Page refused = b.get(wanted);
      assertThat(refused.status()).as(wanted).isEqualTo(303);
      assertThat(refused.location()).isEqualTo("/");

      Browser.Page signedIn =
          b.submit(
              "/",
              "/login",
              java.util.Map.of("username", Accounts.OWNER, "password", Accounts.OWNER_PASSWORD));
      assertThat(signedIn.location()).as(wanted).isEqualTo(wanted);
      assertThat(b.get(wanted).status()).as(wanted).isEqualTo(200);
    }
  }

  @Test
  void aUrlOverFourKilobytes_is414_asOurPage() {
    RawHttp.Response response = RawHttp.get(uri(), "/admin/users?q=" + "a".repeat(5000));

    assertThat(response.status()).isEqualTo(414);
    assertThat(response.body()).contains("<html").contains("too long");
  }

  @Test
  void aHeaderOver16Kilobytes_is431_asOurPage() {
    RawHttp.Response response =
        RawHttp.get(uri(), "/", "Host: localhost", "X-Padding: " + "b".repeat(17_000));

    assertThat(response.status()).isEqualTo(431);
    assertThat(response.body()).contains("<html");
  }

  @Test
  void hundredsOfCookies_areRefusedWithA4xxPage() {
    StringBuilder cookies = new StringBuilder("Cookie: ");
    for (int i = 0; i < 300; i++) {
      cookies.append("c").append(i).append("=v").append(i).append("; ");
    }
    RawHttp.Response response = RawHttp.get(uri(), "/", "Host: localhost", cookies.toString());

    assertThat(response.status()).isEqualTo(431);
    assertThat(response.body()).contains("<html").contains("Too many cookies");
  }

  @Test
  void aBrokenPercentEscapeInAForm_is400_asOurPage() {
    Browser b = new Browser(uri());
    String token = b.get("/").csrfToken();
    String cookies =
        b.cookies.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(java.util.stream.Collectors.joining("; "));
    RawHttp.Response response =
        RawHttp.send(
            uri(),
            "POST /login HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nCookie: "
                + cookies,
            "username=al%ZZice&password=x%&csrfToken=" + token);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("<html");
  }

  @Test
  void aBrokenPercentEscapeInTheQuery_isNoServerError() {
    RawHttp.Response response = RawHttp.get(uri(), "/admin/users?q=%ZZ%");

    assertThat(response.status()).isBetween(300, 499);
  }

  @Test
  void aClientAskingForJson_getsTheJsonShape() {
    RawHttp.Response response =
        RawHttp.send(
            uri(), "GET / HTTP/1.1\r\nHost: evil.example.com\r\nAccept: application/json", "");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.hasHeader("content-type", "application/json")).isTrue();
    assertThat(response.body()).contains("AUTH_ALLOWED_HOSTS").doesNotContain("<html");
  }

  /** Without mail the forgot-password form is not offered; a hand-made POST gets the 404 page. */
  @Test
  void forgotPasswordPostedWithoutMail_isTheNotAvailablePage_notA500() {
    Browser visitor = new Browser(server.getURI());
    String token = visitor.get("/").csrfToken();

    Browser.Page answer =
        visitor.post("/forgot-password", java.util.Map.of("login", "dora", "csrfToken", token));

    org.assertj.core.api.Assertions.assertThat(answer.status()).isEqualTo(404);
    org.assertj.core.api.Assertions.assertThat(answer.body())
        .contains("Password reset by email is not set up on this site.");
  }
}
