package dev.authdash.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.secrets.SecretBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the secret key comes from: the variable, a key file beside SQLite, or a refusal. */
class SecretKeysTest {
  @TempDir Path dir;

  @Test
  void withoutAKey_theSqliteSetupMakesAnOwnerOnlyKeyFileBesideTheDatabase_andKeepsIt()
      throws Exception {
    String db = dir.resolve("data/auth.db").toString();

    SecretKeys.Source first = SecretKeys.resolve("", db, "");
    SecretKeys.Source again = SecretKeys.resolve(null, db, null);

    Path file = dir.resolve("data/auth.db.secret-key");
    assertThat(first.file()).isEqualTo(file);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(again.base64()).isEqualTo(first.base64());
    SecretBox.ofBase64(first.base64());
  }

  @Test
  void aConfiguredKey_wins_andAMalformedOneIsRefusedWithAReason() {
    String key = SecretBox.generateKey();

    assertThat(SecretKeys.resolve(key, dir.resolve("auth.db").toString(), "").fromFile()).isFalse();
    assertThat(Files.exists(dir.resolve("auth.db.secret-key"))).isFalse();
    assertThatThrownBy(() -> SecretKeys.resolve("too-short", "auth.db", ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("AUTH_SECRET_KEY must be 32 random bytes in base64");
  }

  @Test
  void aSharedUsersStoreWithoutAKey_refusesToStart_sayingWhy_andMakesNoKeyFile() {
    String db = dir.resolve("auth.db").toString();

    assertThatThrownBy(() -> SecretKeys.resolve("", db, "jdbc:postgresql://db/authdash"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("AUTH_SECRET_KEY is not set, and the users store is shared")
        .hasMessageContaining("openssl rand -base64 32");
    assertThat(Files.exists(dir.resolve("auth.db.secret-key"))).isFalse();
    assertThat(SecretKeys.resolve(SecretBox.generateKey(), db, "jdbc:postgresql://db/a").fromFile())
        .isFalse();
  }

  @Test
  void writingANewKey_replacesTheFile_ownerOnly() throws Exception {
    Path file = dir.resolve("k/auth.db.secret-key");
    String key = SecretBox.generateKey();

    SecretKeys.write(file, key);

    assertThat(Files.readString(file).strip()).isEqualTo(key);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }
}
