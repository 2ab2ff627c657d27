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
    assertThat(RawHttp.get(uri(), "/health", "Host: 10.0.0.7:8080").status()).isEqualTo(200);
  }
}
