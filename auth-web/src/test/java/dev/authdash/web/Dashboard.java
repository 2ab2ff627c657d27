package dev.authdash.web;

import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.model.User;
import dev.authdash.core.port.out.AuditLog;
import dev.authdash.core.port.out.SessionStore;
import dev.authdash.core.port.out.UserRepository;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The running dashboard as an HTTP test meets it: browsers on it (a visitor, someone signed in, the
 * owner), accounts stored directly, and what its stores say after the test's requests (live
 * sessions, audit events). A bean of the test's application context: {@code @Inject Dashboard
 * dashboard} in a {@code @MicronautTest}, {@code getBean(Dashboard.class)} on a server a test
 * started itself.
 */
@Singleton
final class Dashboard {
  private final EmbeddedServer server;
  final UserRepository users;
  private final SessionStore sessions;
  private final AuditLog auditLog;

  Dashboard(EmbeddedServer server, UserRepository users, SessionStore sessions, AuditLog auditLog) {
    this.server = server;
    this.users = users;
    this.sessions = sessions;
    this.auditLog = auditLog;
  }

  URI uri() {
    return server.getURI();
  }

  /** A browser that has not signed in. */
  Browser visitor() {
    return new Browser(uri());
  }

  /** A new browser signed in as the user, whose password is {@link Accounts#PASSWORD}. */
  Browser signedIn(String name) {
    return Browser.signedIn(uri(), name, Accounts.PASSWORD);
  }

  /** A new browser that says it is {@code userAgent}, signed in as the user. */
  Browser signedIn(String name, String userAgent) {
    Browser b = visitor().header("User-Agent", userAgent);
    b.login(name, Accounts.PASSWORD);
    return b;
  }

  /** A new browser signed in as the protected owner, {@code admin}. */
  Browser owner() {
    return Browser.signedIn(uri(), Accounts.OWNER, Accounts.OWNER_PASSWORD);
  }

  /** A new user (role USER) with a unique name starting with the prefix. */
  String user(String prefix) {
    return Accounts.user(users, prefix);
  }

  /** A new admin with a unique name starting with the prefix. */
  String admin(String prefix) {
    return Accounts.admin(users, prefix);
  }

  User stored(String name) {
    return Accounts.stored(users, name);
  }

  boolean exists(String name) {
    return Accounts.exists(users, name);
  }

  int liveSessions(String name) {
    return Accounts.liveSessions(users, sessions, name);
  }

  /** How many events of the kind the audit log holds about the user. */
  long events(AuditEventType type, String about) {
    return auditLog.find(query(Optional.of(about), Optional.of(type), 50)).total();
  }

  /** The newest hundred events about the user, newest first. */
  List<AuditEvent> eventsAbout(String name) {
    return auditLog.find(query(Optional.of(name), Optional.empty(), 100)).items();
  }

  /** The newest fifty events of the kind about the user, newest first. */
  List<AuditEvent> eventsAbout(String name, AuditEventType type) {
    return auditLog.find(query(Optional.of(name), Optional.of(type), 50)).items();
  }

  /** How many events of the kind the audit log holds, about anyone. */
  long count(AuditEventType type) {
    return auditLog.find(query(Optional.empty(), Optional.of(type), 1)).total();
  }

  /** The newest events of the kind, about anyone, newest first. */
  List<AuditEvent> latest(AuditEventType type, int howMany) {
    return auditLog.find(query(Optional.empty(), Optional.of(type), howMany)).items();
  }

  private static AuditQuery query(
      Optional<String> about, Optional<AuditEventType> type, int howMany) {
    return new AuditQuery(about, type, Optional.empty(), PageRequest.first(howMany));
  }
}
