package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AdminOverview;

/** Incoming port (admin): the overview of accounts, live sessions and sign-in activity. */
public interface AdminOverviewUseCase {

  AdminOverview overview(Actor actor);
}
