package dev.authdash.core.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Every tunable of the core, as plain data the apps fill from their configuration. {@link
 * #defaults()} is secure: the values named in the README's configuration table.
 *
 * @param sessionIdleTimeout a session unused this long dies
 * @param sessionAbsoluteTimeout a session dies this long after sign-in whatever happens
 * @param loginMaxFailures consecutive failures for one username before it is locked
 * @param loginLockout the first lock's length; each new lock doubles it
 * @param loginMaxLockout the longest a lock gets
 * @param loginAddressFailuresPerMinute failures from one client address per minute before refusing
 * @param loginMemory how long failures and lock levels are remembered after the last failure
 * @param passwordMinLength shortest password accepted (NIST: at least 8; we ship 12)
 * @param passwordMaxLength longest password accepted, refused before any hashing
 * @param firstAdminUsername the owner created on first start
 * @param resetLinkValidity how long a password-reset link works
 * @param registrationsPerHour registrations per client address per hour; beyond, "try later"
 * @param sessionsPerUser live sessions per user; a sign-in beyond ends the least recently used
 * @param deviceCookieLifetime how long a browser where a user signed in stays trusted for that
 *     user's logins (its own lock instead of the name's)
 */
public record AuthConfig(
    Duration sessionIdleTimeout,
    Duration sessionAbsoluteTimeout,
    int loginMaxFailures,
    Duration loginLockout,
    Duration loginMaxLockout,
    int loginAddressFailuresPerMinute,
    Duration loginMemory,
    int passwordMinLength,
    int passwordMaxLength,
    String firstAdminUsername,
    Duration resetLinkValidity,
    int registrationsPerHour,
    int sessionsPerUser,
    Duration deviceCookieLifetime) {

  public AuthConfig {
    requirePositive(sessionIdleTimeout, "sessionIdleTimeout");
    requirePositive(sessionAbsoluteTimeout, "sessionAbsoluteTimeout");
    requirePositive(loginLockout, "loginLockout");
    requirePositive(loginMaxLockout, "loginMaxLockout");
    requirePositive(loginMemory, "loginMemory");
    if (loginMaxFailures < 1 || loginAddressFailuresPerMinute < 1) {
      throw new IllegalArgumentException("login failure limits must be at least 1");
    }
    if (passwordMinLength < 8 || passwordMaxLength < passwordMinLength) {
      throw new IllegalArgumentException(
          "password lengths: minimum at least 8 (NIST SP 800-63B), maximum not below minimum");
    }
    Objects.requireNonNull(firstAdminUsername, "firstAdminUsername");
    requirePositive(resetLinkValidity, "resetLinkValidity");
    requirePositive(deviceCookieLifetime, "deviceCookieLifetime");
    if (registrationsPerHour < 1 || sessionsPerUser < 1) {
      throw new IllegalArgumentException(
          "registrations per hour and sessions per user must be at least 1");
    }
  }

  public static AuthConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  private static void requirePositive(Duration value, String name) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be a positive duration");
    }
  }

  /** Fills an {@link AuthConfig}, starting from the defaults. */
  public static final class Builder {
    private Duration sessionIdleTimeout = Duration.ofMinutes(10);
    private Duration sessionAbsoluteTimeout = Duration.ofHours(12);
    private int loginMaxFailures = 5;
    private Duration loginLockout = Duration.ofSeconds(30);
    private Duration loginMaxLockout = Duration.ofMinutes(15);
    private int loginAddressFailuresPerMinute = 30;
    private Duration loginMemory = Duration.ofHours(24);
    private int passwordMinLength = 12;
    private int passwordMaxLength = 256;
    private String firstAdminUsername = "admin";
    private Duration resetLinkValidity = Duration.ofMinutes(30);
    private int registrationsPerHour = 10;
    private int sessionsPerUser = 20;
    private Duration deviceCookieLifetime = Duration.ofDays(365);

    private Builder() {}

    public Builder sessionIdleTimeout(Duration value) {
      sessionIdleTimeout = value;
      return this;
    }

    public Builder sessionAbsoluteTimeout(Duration value) {
      sessionAbsoluteTimeout = value;
      return this;
    }

    public Builder loginMaxFailures(int value) {
      loginMaxFailures = value;
      return this;
    }

    public Builder loginLockout(Duration value) {
      loginLockout = value;
      return this;
    }

    public Builder loginMaxLockout(Duration value) {
      loginMaxLockout = value;
      return this;
    }

    public Builder loginAddressFailuresPerMinute(int value) {
      loginAddressFailuresPerMinute = value;
      return this;
    }

    public Builder loginMemory(Duration value) {
      loginMemory = value;
      return this;
    }

    public Builder passwordMinLength(int value) {
      passwordMinLength = value;
      return this;
    }

    public Builder passwordMaxLength(int value) {
      passwordMaxLength = value;
      return this;
    }

    public Builder firstAdminUsername(String value) {
      firstAdminUsername = value;
      return this;
    }

    public Builder resetLinkValidity(Duration value) {
      resetLinkValidity = value;
      return this;
    }

    public Builder registrationsPerHour(int value) {
      registrationsPerHour = value;
      return this;
    }

    public Builder sessionsPerUser(int value) {
      sessionsPerUser = value;
      return this;
    }

    public Builder deviceCookieLifetime(Duration value) {
      deviceCookieLifetime = value;
      return this;
    }

    public AuthConfig build() {
      return new AuthConfig(
          sessionIdleTimeout,
          sessionAbsoluteTimeout,
          loginMaxFailures,
          loginLockout,
          loginMaxLockout,
          loginAddressFailuresPerMinute,
          loginMemory,
          passwordMinLength,
          passwordMaxLength,
          firstAdminUsername,
          resetLinkValidity,
          registrationsPerHour,
          sessionsPerUser,
          deviceCookieLifetime);
    }
  }
}
