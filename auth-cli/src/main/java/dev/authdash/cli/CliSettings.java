package dev.authdash.cli;

import dev.authdash.persistence.sqlite.SqliteSettings;
import dev.authdash.wiring.SessionStoreSetting;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the stores are, resolved like the dashboard does: an option ({@code --db}, {@code --redis})
 * wins over the environment ({@code AUTH_DB_PATH} or {@code AUTH_DB_URL}, {@code
 * AUTH_SESSION_STORE}, {@code REDIS_URI}), which wins over the defaults, the dashboard's own
 * ({@link SqliteSettings#DEFAULT_PATH}, {@link SessionStoreSetting#DEFAULT}).
 *
 * @param dbUrl the PostgreSQL database when {@code AUTH_DB_URL} is set and {@code --db} is not
 * @param passThrough every {@code AUTH_*} and {@code REDIS_*} variable, given to the bean context
 *     under Micronaut's environment-variable convention, so that settings such as {@code
 *     AUTH_PASSWORD_MIN_LENGTH} or {@code AUTH_SESSION_REDIS_PREFIX} mean the same as in the web
 *     app
 */
record CliSettings(
    Path dbPath,
    Optional<String> dbUrl,
    boolean redisSessions,
    Optional<String> redisUri,
    Map<String, Object> passThrough) {
  private static final Set<String> REDIS_SCHEMES =
      Set.of("redis", "rediss", "redis-socket", "redis-sentinel", "rediss-sentinel");

  static CliSettings resolve(Map<String, String> env, Path dbOption, String redisOption) {
    Path db =
        dbOption != null
            ? dbOption
            : Path.of(nonBlank(env.get("AUTH_DB_PATH")).orElse(SqliteSettings.DEFAULT_PATH));
    Optional<String> uri = nonBlank(redisOption).or(() -> nonBlank(env.get("REDIS_URI")));
    String store =
        redisOption != null
            ? SessionStoreSetting.REDIS
            : nonBlank(env.get("AUTH_SESSION_STORE"))
                .orElse(SessionStoreSetting.DEFAULT)
                .toLowerCase(Locale.ROOT);
    if (!SessionStoreSetting.REDIS.equals(store) && !SessionStoreSetting.MEMORY.equals(store)) {
      throw new CliException(
          ExitCode.USAGE, "AUTH_SESSION_STORE must be 'memory' or 'redis', not '" + store + "'.");
    }
    boolean redis = SessionStoreSetting.REDIS.equals(store);
    if (redis && uri.isEmpty()) {
      throw new CliException(
          ExitCode.USAGE,
          "Sessions in Redis need its address: set REDIS_URI or pass --redis redis://host:6379.");
    }
    uri.ifPresent(CliSettings::checkRedisUri);
    Map<String, Object> passThrough = new LinkedHashMap<>();
    env.forEach(
        (name, value) -> {
          if ((name.startsWith("AUTH_") || name.startsWith("REDIS_"))
              && !"AUTH_DB_URL".equals(name)) {
            passThrough.put(name, value);
          }
        });
    Optional<String> dbUrl = dbOption != null ? Optional.empty() : nonBlank(env.get("AUTH_DB_URL"));
    return new CliSettings(db, dbUrl, redis, uri, Map.copyOf(passThrough));
  }

  /** The properties that select the adapters; they win over the pass-through variables. */
  Map<String, Object> properties() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(SqliteSettings.PATH_PROPERTY, dbPath.toString());
    dbUrl.ifPresent(url -> properties.put("auth.db.url", url));
    properties.put(
        SessionStoreSetting.PROPERTY,
        redisSessions ? SessionStoreSetting.REDIS : SessionStoreSetting.MEMORY);
    redisUri.ifPresent(uri -> properties.put("redis.uri", uri));
    return properties;
  }

  private static void checkRedisUri(String uri) {
    String scheme;
    try {
      scheme = URI.create(uri).getScheme();
    } catch (IllegalArgumentException e) {
      scheme = null;
    }
    if (scheme == null || !REDIS_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
      throw new CliException(
          ExitCode.USAGE,
          "The Redis address must look like redis://host:6379 (or rediss://), not '" + uri + "'.");
    }
  }

  private static Optional<String> nonBlank(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }
}
