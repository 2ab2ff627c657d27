package dev.authdash.core.service;

/** How a sign-in was proven, as the audit log's LOGIN_SUCCEEDED detail says it. */
enum SignInMethod {
  PASSWORD("password"),
  PASSWORD_TOTP("password+totp"),
  PASSWORD_RECOVERY_CODE("password+recovery code"),
  PASSWORD_PASSKEY("password+passkey"),
  PASSKEY("passkey");

  private final String detail;

  SignInMethod(String detail) {
    this.detail = detail;
  }

  String detail() {
    return detail;
  }
}
