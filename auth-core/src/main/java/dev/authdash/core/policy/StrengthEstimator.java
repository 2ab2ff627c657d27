package dev.authdash.core.policy;

/** Judges whether a password is common or easily guessed (dictionary, sequence, repeat). */
public interface StrengthEstimator {

  boolean isEasilyGuessed(String password);
}
