package dev.authdash.core.model;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an admin sees first: accounts by role, sessions live now, and the sign-in activity of the
 * last 24 hours (per UTC hour) and of the last 30 days (per UTC day).
 *
 * @param at when the figures were read
 */
public record AdminOverview(
    Instant at,
    Map<Role, Long> usersByRole,
    long liveSessions,
    ActivityChart lastDay,
    ActivityChart lastMonth) {
  public AdminOverview {
    Objects.requireNonNull(at, "at");
    Map<Role, Long> copy = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      copy.put(role, usersByRole.getOrDefault(role, 0L));
    }
    usersByRole = Map.copyOf(copy);
    Objects.requireNonNull(lastDay, "lastDay");
    Objects.requireNonNull(lastMonth, "lastMonth");
  }

  public long users() {
    return usersByRole.values().stream().mapToLong(Long::longValue).sum();
  }
}
