package dev.authdash.core.example;

import dev.authdash.core.AuthCore;
import dev.authdash.core.error.NotPermittedException;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.SessionResolution;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.model.UserQuery;
import dev.authdash.core.port.in.ChangeRoleCommand;
import dev.authdash.core.port.in.LoginCommand;
import dev.authdash.core.port.in.RegisterUserCommand;
import java.util.Optional;

/** The README's embedding example, run by {@link EmbeddingExampleTest}. */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  // README:BEGIN
  public static void main(String[] args) {
    AuthCore auth = AuthCore.builder().build(); // in-memory stores, Argon2id, system clock
    ClientInfo client = ClientInfo.of("127.0.0.1", "example-app/1.0");

    // First start: the protected owner "admin", with a generated password handed back once.
    Password ownerPassword =
        auth.bootstrapAdmin()
            .ensureFirstAdmin(Optional.empty())
            .orElseThrow()
            .generatedPassword()
            .orElseThrow();
    SignedIn admin = auth.login().login(new LoginCommand("admin", ownerPassword, client));

    // Register (signed in at once), then log in again: every login gets a fresh token.
    auth.register()
        .register(
            new RegisterUserCommand("alice", Password.of("violet kettle orbit lantern"), client));
    SignedIn alice =
        auth.login()
            .login(new LoginCommand("alice", Password.of("violet kettle orbit lantern"), client));
    auth.changeRole()
        .changeRole(new ChangeRoleCommand(Actor.of(admin.user()), "alice", Role.ADMIN, client));

    // Each request resolves the token (from your cookie or header) to the user as of now.
    if (auth.resolveSession().resolve(alice.token()) instanceof SessionResolution.Active a) {
      System.out.println(a.user().username() + " is " + a.user().role());
    }

    // A demotion bites the live session on its very next request.
    auth.changeRole()
        .changeRole(new ChangeRoleCommand(Actor.of(admin.user()), "alice", Role.USER, client));
    try {
      auth.listUsers().listUsers(Actor.of(alice.user()), UserQuery.all(PageRequest.first(20)));
    } catch (NotPermittedException refused) {
      System.out.println("alice after demotion: " + refused.getMessage());
    }
  }
  // README:END
}
