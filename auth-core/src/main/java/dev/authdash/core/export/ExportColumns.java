package dev.authdash.core.export;

import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.LastLogin;
import dev.authdash.core.model.User;
import dev.authdash.core.model.UserEmail;
import java.util.List;
import java.util.function.Function;

/**
 * What an export holds, column by column: the CSV header and the JSON keys are the names. A user's
 * password hash, second-factor secret, recovery codes, passkeys and pending email token are none of
 * them: there is no column to put them in.
 */
public final class ExportColumns {
  /** One column: its name and how a row gives its value (String, Boolean, Instant or null). */
  public record Column<T>(String name, Function<T, Object> value) {}

  public static final List<Column<User>> USERS =
      List.of(
          new Column<>("username", u -> u.username().value()),
          new Column<>("role", u -> u.role().name()),
          new Column<>("owner", User::owner),
          new Column<>("createdAt", User::createdAt),
          new Column<>("lastLoginAt", u -> u.lastLoginIfAny().map(LastLogin::at).orElse(null)),
          new Column<>(
              "lastLoginAddress", u -> u.lastLoginIfAny().map(LastLogin::address).orElse(null)),
          new Column<>("email", u -> u.emailIfAny().map(e -> e.address().value()).orElse(null)),
          new Column<>(
              "emailVerified", u -> u.emailIfAny().map(UserEmail::isVerified).orElse(null)),
          new Column<>("id", u -> u.id().toString()));

  public static final List<Column<AuditEvent>> AUDIT_EVENTS =
      List.of(
          new Column<>("at", AuditEvent::at),
          new Column<>("type", e -> e.type().name()),
          new Column<>("actor", AuditEvent::actor),
          new Column<>("target", AuditEvent::target),
          new Column<>("address", AuditEvent::address),
          new Column<>("detail", AuditEvent::detail));

  private ExportColumns() {}
}
