package dev.authdash.web.archfixture;

import java.sql.Connection;

/**
 * Deliberate violation (test fixture): the dashboard talking SQL (through either driver), the CLI's
 * parser, and the WebAuthn library outside the relying party's package.
 */
public final class ControllerThatRunsSql {
  public Connection connection;
  public picocli.CommandLine commandLine;
  public io.lettuce.core.RedisClient redis;
  public org.postgresql.PGConnection postgres;
  public org.sqlite.SQLiteConnection sqlite;
  public com.yubico.webauthn.RelyingParty relyingParty;
}
