package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.Enrolment;
import dev.authdash.core.model.RecoveryCodes;

/** Turning on sign-in with an authenticator app, for oneself. */
public interface EnrolSecondFactorUseCase {

  /**
   * A key to put in the app: the one handed out in the last minutes when it is not confirmed yet
   * (so a reload shows the same QR code), else a fresh one that replaces any older unconfirmed key.
   */
  Enrolment begin(Actor actor);

  /**
   * Turns the factor on when the code is right for the key from {@link #begin} and the password is
   * the current one; returns the recovery codes, to be shown once.
   */
  RecoveryCodes confirm(SecondFactorCommand command);
}
