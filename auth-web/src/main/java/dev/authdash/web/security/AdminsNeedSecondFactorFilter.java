package dev.authdash.web.security;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.SessionResolution;
import dev.authdash.core.port.in.SecondFactorStatusUseCase;
import dev.authdash.web.view.Flash;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Optional;

/**
 * {@code auth.mfa.required-for-admins=true}: an admin without two-factor sign-in who opens an admin
 * page is sent to enrol first. Admin rights reach every account, so a leaked admin password is the
 * costliest one; this makes the second factor a precondition of using them. Runs after the security
 * filter has resolved the session.
 */
@ServerFilter("/admin/**")
@Requires(property = "auth.mfa.required-for-admins", value = "true")
final class AdminsNeedSecondFactorFilter implements Ordered {
  static final String MESSAGE =
      "Admins here sign in with two factors: turn on two-factor sign-in to open the admin pages.";

  private final SecondFactorStatusUseCase secondFactorStatus;
  private final Flash flash;

  AdminsNeedSecondFactorFilter(SecondFactorStatusUseCase secondFactorStatus, Flash flash) {
    this.secondFactorStatus = secondFactorStatus;
    this.flash = flash;
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.after();
  }

  @RequestFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Nullable
  HttpResponse<?> requireSecondFactor(HttpRequest<?> request) {
    Optional<SessionResolution.Active> active = RequestState.active(request);
    if (active.isEmpty() || !active.get().user().isAdmin()) {
      return null;
    }
    Actor me = Actor.of(active.get().user());
    if (secondFactorStatus.status(me, me.name()).enabled()) {
      return null;
    }
    return flash.redirect("/profile/2fa", Flash.Message.warning(MESSAGE));
  }
}
