package dev.authdash.core.service;

import static dev.authdash.core.testing.CoreFixture.CLIENT;
import static dev.authdash.core.testing.CoreFixture.PASSWORD;
import static dev.authdash.core.testing.CoreFixture.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.error.LastAdminException;
import dev.authdash.core.error.NotPermittedException;
import dev.authdash.core.error.ProtectedOwnerException;
import dev.authdash.core.error.SelfDeletionException;
import dev.authdash.core.error.UserNotFoundException;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.model.Passkey;
import dev.authdash.core.model.PasskeyId;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.model.User;
import dev.authdash.core.model.UserQuery;
import dev.authdash.core.port.in.ActOnUserCommand;
import dev.authdash.core.port.in.ChangeRoleCommand;
import dev.authdash.core.port.in.CreateUserCommand;
import dev.authdash.core.testing.CoreFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AdminGuardsTest {
  private final CoreFixture f = new CoreFixture();
  private final SignedIn owner = f.owner();

  private User changeRole(Actor actor, String target, Role role) {
    return f.core.changeRole().changeRole(new ChangeRoleCommand(actor, target, role, CLIENT));
  }

  @Test
  void theFirstAdmin_isTheProtectedOwner() {
    assertThat(owner.user().owner()).isTrue();
    assertThat(owner.user().role()).isEqualTo(Role.ADMIN);
  }

  @Test
  void nobody_canDemoteOrDeleteTheOwner_notEvenItselfOrAnOperator() {
    SignedIn carol = f.secondAdmin(owner, "carol");

    for (Actor actor : List.of(actor(carol), actor(owner), Actor.operator("cli:root"))) {
      assertThatThrownBy(() -> changeRole(actor, "admin", Role.USER))
          .isInstanceOf(ProtectedOwnerException.class);
      assertThatThrownBy(
              () -> f.core.deleteUser().deleteUser(new ActOnUserCommand(actor, "admin", CLIENT)))
          .isInstanceOf(ProtectedOwnerException.class);
    }
    assertThat(f.stored("admin").role()).isEqualTo(Role.ADMIN);
  }

  @Test
  void otherAdmins_cannotTouchTheOwnersSessions() {
    SignedIn carol = f.secondAdmin(owner, "carol");

    assertThatThrownBy(
            () ->
                f.core
                    .revokeSessions()
                    .revokeAllSessions(new ActOnUserCommand(actor(carol), "admin", CLIENT)))
        .isInstanceOf(ProtectedOwnerException.class);
    assertThat(
            f.core
                .revokeSessions()
                .revokeAllSessions(new ActOnUserCommand(actor(owner), "admin", CLIENT)))
        .isEqualTo(1);
  }

  @Test
  void deletingAUser_deletesTheirPasskeys() {
    SignedIn bob = f.register("bob");
    f.passkeys.add(
        Passkey.added(
            PasskeyId.of(new byte[] {1, 2, 3, 4}),
            bob.user().id(),
            new byte[] {9},
            0,
            "Bob's key",
            f.clock.instant(),
            Set.of()));

    f.core.deleteUser().deleteUser(new ActOnUserCommand(actor(owner), "bob", CLIENT));

    assertThat(f.passkeys.findByUser(bob.user().id())).isEmpty();
  }

  @Test
  void anAdmin_cannotDeleteItself() {
    SignedIn carol = f.secondAdmin(owner, "carol");

    assertThatThrownBy(
            () ->
                f.core.deleteUser().deleteUser(new ActOnUserCommand(actor(carol), "carol", CLIENT)))
        .isInstanceOf(SelfDeletionException.class)
        .hasMessage("You cannot delete your own account.");
  }

  @Test
  void theLastAdmin_cannotBeDemotedOrDeleted() {
    // A store without an owner (e.g. imported data): the last-admin guard still holds.
    CoreFixture bare = new CoreFixture();
    bare.register("solo");
    bare.users.update(bare.stored("solo").withRole(Role.ADMIN));
    Actor cli = Actor.operator("cli:ops");

    assertThatThrownBy(
            () ->
                bare.core
                    .changeRole()
                    .changeRole(new ChangeRoleCommand(cli, "solo", Role.USER, CLIENT)))
        .isInstanceOf(LastAdminException.class)
        .hasMessage("There must always be at least one admin.");
    assertThatThrownBy(
            () -> bare.core.deleteUser().deleteUser(new ActOnUserCommand(cli, "solo", CLIENT)))
        .isInstanceOf(LastAdminException.class);
  }

  @Test
  void twoAdminsDemotingEachOtherAtOnce_leaveAnAdmin() throws Exception {
    CoreFixture bare = new CoreFixture();
    SignedIn a = bare.register("alpha");
    SignedIn b = bare.register("bravo");
    bare.users.update(bare.stored("alpha").withRole(Role.ADMIN));
    bare.users.update(bare.stored("bravo").withRole(Role.ADMIN));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> results = new ArrayList<>();
    for (String[] pair : new String[][] {{"alpha", "bravo"}, {"bravo", "alpha"}}) {
      Actor who = Actor.of(pair[0].equals("alpha") ? a.user() : b.user());
      results.add(
          pool.submit(
              () -> {
                start.await();
                return bare.core
                    .changeRole()
                    .changeRole(new ChangeRoleCommand(who, pair[1], Role.USER, CLIENT));
              }));
    }
    start.countDown();
    for (Future<?> r : results) {
      try {
        r.get(10, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException refused) {
        assertThat(refused.getCause())
            .isInstanceOfAny(LastAdminException.class, NotPermittedException.class);
      }
    }
    pool.shutdown();

    assertThat(bare.users.countByRole(Role.ADMIN)).isEqualTo(1);
  }

  @Test
  void aUser_isRefusedEveryAdminAct_andNothingChanges() {
    SignedIn bob = f.register("bob");
    Actor user = actor(bob);

    assertThatThrownBy(
            () -> f.core.listUsers().listUsers(user, UserQuery.all(PageRequest.first(10))))
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(() -> changeRole(user, "bob", Role.ADMIN))
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(
            () ->
                f.core
                    .createUser()
                    .createUser(
                        new CreateUserCommand(
                            user, "sneaky", Password.of(PASSWORD), Role.ADMIN, CLIENT)))
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(
            () -> f.core.deleteUser().deleteUser(new ActOnUserCommand(user, "admin", CLIENT)))
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(
            () -> f.core.readAuditLog().readAuditLog(user, AuditQuery.all(PageRequest.first(5))))
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(
            () ->
                f.core
                    .revokeSessions()
                    .revokeAllSessions(new ActOnUserCommand(user, "admin", CLIENT)))
        .isInstanceOf(NotPermittedException.class);

    assertThat(f.stored("bob").role()).isEqualTo(Role.USER);
    assertThat(f.users.count()).isEqualTo(2);
  }

  @Test
  void anAdmin_createsUsersWithARole_underThePasswordPolicy() {
    User created =
        f.core
            .createUser()
            .createUser(
                new CreateUserCommand(
                    actor(owner), "Helen", Password.of(PASSWORD), Role.ADMIN, CLIENT));

    assertThat(created.username().value()).isEqualTo("helen");
    assertThat(f.stored("helen").role()).isEqualTo(Role.ADMIN);
    assertThat(f.login("helen", PASSWORD)).isNotNull();
  }

  @Test
  void actsOnUnknownUsers_sayNotFound() {
    assertThatThrownBy(() -> changeRole(actor(owner), "nobody", Role.ADMIN))
        .isInstanceOf(UserNotFoundException.class)
        .hasMessage("No user named 'nobody'.");
    assertThatThrownBy(
            () -> f.core.deleteUser().deleteUser(new ActOnUserCommand(actor(owner), "<x>", CLIENT)))
        .isInstanceOf(UserNotFoundException.class);
  }

  @Test
  void promotingSomeoneWhoIsAlreadyAdmin_changesNothing_andIsNotAudited() {
    f.secondAdmin(owner, "carol");
    long before = f.auditEvents().size();

    assertThat(changeRole(actor(owner), "carol", Role.ADMIN).role()).isEqualTo(Role.ADMIN);
    assertThat(f.auditEvents()).hasSize((int) before);
  }
}
