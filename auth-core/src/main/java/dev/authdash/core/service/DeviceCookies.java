package dev.authdash.core.service;

import dev.authdash.core.model.DeviceCookie;
import dev.authdash.core.model.User;
import dev.authdash.core.model.Username;
import dev.authdash.core.policy.DeviceCookiePolicy;
import dev.authdash.core.port.out.UserRepository;
import dev.authdash.core.secrets.SecretBox;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Issues and checks device cookies: the policy's claims, base64url, a dot, and an HMAC-SHA256 of
 * them under a key derived from the secret key (so every instance that shares the key trusts the
 * same cookies, and rotating the key retires them all). Nothing is stored but the user's device
 * epoch, which the users store keeps beside the password hash it protects.
 */
final class DeviceCookies {
  private static final String CONTEXT = "device cookie";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final SecretBox box;
  private final UserRepository users;
  private final DeviceCookiePolicy policy;

  DeviceCookies(SecretBox box, UserRepository users, DeviceCookiePolicy policy) {
    this.box = box;
    this.users = users;
    this.policy = policy;
  }

  /** A new cookie for a browser where the user has just signed in. */
  DeviceCookie issue(User user, Instant now) {
    byte[] id = new byte[16];
    RANDOM.nextBytes(id);
    String claims =
        policy.write(
            new DeviceCookiePolicy.Claims(
                user.id().toString(),
                user.username().value(),
                B64.encodeToString(id),
                users.deviceEpoch(user.id()),
                now));
    byte[] text = claims.getBytes(StandardCharsets.UTF_8);
    return DeviceCookie.of(
        B64.encodeToString(text) + "." + B64.encodeToString(box.mac(text, CONTEXT)),
        now.plus(policy.lifetime()));
  }

  /**
   * The device id of a cookie that vouches for a login of the typed name now: genuine, for that
   * name's current user (not a deleted one's), within its lifetime and not revoked. Empty for no
   * cookie or any other.
   */
  Optional<String> trustedDevice(Optional<DeviceCookie> cookie, String typedName, Instant now) {
    return cookie
        .flatMap(this::verified)
        .flatMap(policy::read)
        .filter(claims -> vouches(claims, typedName, now))
        .map(DeviceCookiePolicy.Claims::deviceId);
  }

  private boolean vouches(DeviceCookiePolicy.Claims claims, String typedName, Instant now) {
    Optional<User> user = Username.parse(claims.username()).flatMap(users::findByUsername);
    return user.isPresent()
        && user.get().id().toString().equals(claims.userId())
        && policy.vouchesFor(claims, typedName, users.deviceEpoch(user.get().id()), now);
  }

  /** The signed text of a cookie whose signature is right. */
  private Optional<String> verified(DeviceCookie cookie) {
    String[] parts = cookie.reveal().split("\\.", -1);
    if (parts.length != 2) {
      return Optional.empty();
    }
    byte[] text;
    byte[] tag;
    try {
      text = Base64.getUrlDecoder().decode(parts[0]);
      tag = Base64.getUrlDecoder().decode(parts[1]);
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
    return MessageDigest.isEqual(box.mac(text, CONTEXT), tag)
        ? Optional.of(new String(text, StandardCharsets.UTF_8))
        : Optional.empty();
  }
}
