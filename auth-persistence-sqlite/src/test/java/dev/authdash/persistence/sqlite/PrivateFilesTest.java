package dev.authdash.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database holds password hashes: the file, its WAL and shared-memory files and the folders
 * made for it are private to the account, whatever the umask (the build runs under 022).
 */
class PrivateFilesTest {
  @TempDir Path dir;

  @Test
  void aNewDatabase_itsWalAndShm_andTheFoldersMadeForIt_arePrivate() throws Exception {
    Path file = dir.resolve("made/for/it/auth.db");
    SqliteSettings settings = new SqliteSettings(file, Duration.ofSeconds(5), 1);

    try (var pool = SqliteDatabaseFactory.open(settings);
        Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE t (x INTEGER)");
      statement.execute("INSERT INTO t VALUES (1)");

      assertThat(Files.exists(Path.of(file + "-wal"))).isTrue();
      for (String name : new String[] {"auth.db", "auth.db-wal", "auth.db-shm"}) {
        assertThat(mode(file.resolveSibling(name))).as(name).isEqualTo("rw-------");
      }
    }
    assertThat(mode(dir.resolve("made"))).isEqualTo("rwx------");
    assertThat(mode(dir.resolve("made/for"))).isEqualTo("rwx------");
    assertThat(mode(dir.resolve("made/for/it"))).isEqualTo("rwx------");
    assertThat(PrivateFiles.readableByOthers(file)).isEmpty();
  }

  @Test
  void anExistingFolder_isLeftAsItIs() throws Exception {
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));

    SqliteDatabaseFactory.open(new SqliteSettings(dir.resolve("a.db"), Duration.ofSeconds(5), 1))
        .close();

    assertThat(mode(dir)).isEqualTo("rwxr-xr-x");
    assertThat(mode(dir.resolve("a.db"))).isEqualTo("rw-------");
  }

  @Test
  void anExistingDatabaseThatOthersCanRead_isReported_andNotChanged() throws Exception {
    Path file = dir.resolve("old.db");
    Files.createFile(file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    SqliteDatabaseFactory.open(new SqliteSettings(file, Duration.ofSeconds(5), 1)).close();

    assertThat(PrivateFiles.readableByOthers(file)).containsExactly(file.toAbsolutePath());
    assertThat(mode(file)).isEqualTo("rw-r--r--");
  }

  private static String mode(Path path) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
