package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortCheckTest {

  @Test
  void aTakenPort_isOneLineThatNamesItAndTheFix() throws IOException {
    try (ServerSocket taken = new ServerSocket(0)) {
      int port = taken.getLocalPort();

      assertThat(PortCheck.problem(Map.of("PORT", Integer.toString(port))))
          .hasValueSatisfying(
              line ->
                  assertThat(line)
                      .contains("port " + port + " is already in use", "PORT=" + (port + 1))
                      .doesNotContain("\n", "Exception"));
      assertThat(PortCheck.problem(Map.of("MICRONAUT_SERVER_PORT", Integer.toString(port))))
          .isPresent();
    }
  }

  @Test
  void aFreePort_orARandomOne_isNoProblem() throws IOException {
    int free;
    try (ServerSocket probe = new ServerSocket(0)) {
      free = probe.getLocalPort();
    }
    assertThat(PortCheck.problem(Map.of("PORT", Integer.toString(free)))).isEmpty();
    assertThat(PortCheck.problem(Map.of("MICRONAUT_SERVER_PORT", "-1"))).isEmpty();
  }

  @Test
  void aPortThatIsNoNumber_saysSo() {
    assertThat(PortCheck.problem(Map.of("PORT", "eighty")))
        .hasValue("auth-dashboard: the port 'eighty' is not a number; set e.g. PORT=8080.");
  }
}
