package dev.authdash.core.port.in;

/** Turning one's own second factor off, with the password and a current code. */
public interface DisableSecondFactorUseCase {
  void disable(DisableSecondFactorCommand command);
}
