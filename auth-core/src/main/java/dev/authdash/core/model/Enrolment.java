package dev.authdash.core.model;

/**
 * A key handed out for enrolment: what the authenticator app needs (the key, the URI for the QR
 * code). Not in force until its owner confirms it with a code.
 */
public record Enrolment(TotpSecret secret, String otpauthUri) {
  @Override
  public String toString() {
    return "Enrolment[***]";
  }
}
