package dev.authdash.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.model.Username;
import dev.authdash.core.port.out.UserRepository;
import dev.authdash.core.testing.TestUsers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The setReadOnly trap: Micronaut Data asks for a read-only connection for a read outside a
 * transaction, which sqlite-jdbc refuses on an open connection. The ports avoid asking.
 */
class ReadOnlyTrapTest {
  @RegisterExtension final FreshDatabase db = new FreshDatabase();
  @TempDir Path dir;

  @Test
  void theDriver_refusesToMakeAnOpenConnectionReadOnly() throws Exception {
    SqliteSettings settings = new SqliteSettings(dir.resolve("t.db"), Duration.ofSeconds(1), 1);
    try (Connection connection = SqliteConnections.driver(settings).getConnection()) {
      assertThatThrownBy(() -> connection.setReadOnly(true))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("read-only");
    }
  }

  @Test
  void aBareMicronautDataRead_fallsIntoTheTrap_whileThePortReadsFine() {
    db.bean(UserRepository.class).add(TestUsers.user("alice"));
    UserRowRepository rows = db.bean(UserRowRepository.class);

    assertThatThrownBy(() -> rows.findByUsername("alice"))
        .hasStackTraceContaining("Cannot change read-only flag");
    assertThat(db.bean(UserRepository.class).findByUsername(Username.of("alice"))).isPresent();
  }
}
