package dev.authdash.session.redis;

import dev.authdash.core.model.Session;
import dev.authdash.core.model.SessionEndReason;
import dev.authdash.core.model.SessionHandle;
import dev.authdash.core.model.TokenDigest;
import dev.authdash.core.model.UserId;
import dev.authdash.core.port.out.SessionStore;
import io.lettuce.core.ScriptOutputType;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Redis adapter of {@link SessionStore}: sessions shared by every process on the same Redis,
 * expired by Redis itself. Each session is a hash under the digest of its token (never the token),
 * living exactly until its expiry; each user's sessions are indexed in a sorted set scored by
 * expiry that every write prunes and that expires with its newest session; one more such set holds
 * every live session, for the count. Each operation is one round trip, the writes being Lua scripts
 * that Redis runs atomically.
 */
@Singleton
@Requires(property = RedisStoreFactory.STORE_PROPERTY, value = RedisStoreFactory.REDIS)
public final class RedisSessionStore implements SessionStore {

  /**
   * Drops index members past their expiry (their score), then lets the index expire with its newest
   * member; also keeps the attempt store's index of locks.
   */
  static final String FIT_INDEX =
      """
      local function fit(index, now)
        redis.call('ZREMRANGEBYSCORE', index, '-inf', now)
        local newest = redis.call('ZRANGE', index, -1, -1, 'WITHSCORES')
        if newest[2] then
          redis.call('PEXPIRE', index, tonumber(newest[2]) - tonumber(now))
        end
      end
      """;

  // KEYS: session, index. ARGV: now, digest, expires, handle, user, created, seen, absolute,
  // address, agent, index of all sessions.
  private static final RedisScript CREATE =
      new RedisScript(
          FIT_INDEX
              + """
              redis.call('DEL', KEYS[1])
              redis.call('HSET', KEYS[1], 'handle', ARGV[4], 'user', ARGV[5], 'created', ARGV[6],
                'seen', ARGV[7], 'expires', ARGV[3], 'absolute', ARGV[8], 'address', ARGV[9],
                'agent', ARGV[10])
              redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]) - tonumber(ARGV[1]))
              redis.call('ZADD', KEYS[2], ARGV[3], ARGV[2])
              fit(KEYS[2], ARGV[1])
              redis.call('ZADD', ARGV[11], ARGV[3], ARGV[2])
              fit(ARGV[11], ARGV[1])
              return 1
              """,
          ScriptOutputType.INTEGER);

  // KEYS: session. ARGV: now, digest, seen, expires, index prefix, index of all sessions.
  private static final RedisScript TOUCH =
      new RedisScript(
          FIT_INDEX
              + """
              local held = redis.call('HMGET', KEYS[1], 'user', 'expires')
              if not held[1] or tonumber(held[2]) <= tonumber(ARGV[1]) then
                return {}
              end
              local index = ARGV[5] .. held[1]
              local ttl = tonumber(ARGV[4]) - tonumber(ARGV[1])
              redis.call('HSET', KEYS[1], 'seen', ARGV[3], 'expires', ARGV[4])
              redis.call('PEXPIRE', KEYS[1], ttl)
              redis.call('ZADD', index, ARGV[4], ARGV[2])
              fit(index, ARGV[1])
              redis.call('ZADD', ARGV[6], ARGV[4], ARGV[2])
              fit(ARGV[6], ARGV[1])
              if ttl <= 0 then
                return {}
              end
              return redis.call('HGETALL', KEYS[1])
              """,
          ScriptOutputType.MULTI);

  // KEYS: session. ARGV: now, digest, idle timeout (ms), index prefix, index of all sessions. A
  // live session is touched
  // (seen now, expiring after the idle timeout, capped by its absolute expiry) and returned; one
  // past
  // its expiry is returned untouched; a missing one is an empty reply.
  private static final RedisScript FIND_AND_TOUCH =
      new RedisScript(
          FIT_INDEX
              + """
              local held = redis.call('HMGET', KEYS[1], 'user', 'expires', 'absolute')
              if not held[1] then
                return {}
              end
              local now = tonumber(ARGV[1])
              if tonumber(held[2]) <= now then
                return redis.call('HGETALL', KEYS[1])
              end
              local expires = math.min(now + tonumber(ARGV[3]), tonumber(held[3]))
              local text = string.format('%d', expires)
              local index = ARGV[4] .. held[1]
              redis.call('HSET', KEYS[1], 'seen', ARGV[1], 'expires', text)
              redis.call('PEXPIRE', KEYS[1], text - now)
              redis.call('ZADD', index, text, ARGV[2])
              fit(index, ARGV[1])
              redis.call('ZADD', ARGV[5], text, ARGV[2])
              fit(ARGV[5], ARGV[1])
              return redis.call('HGETALL', KEYS[1])
              """,
          ScriptOutputType.MULTI);

  // KEYS: session. ARGV: now, digest, index prefix, index of all sessions.
  private static final RedisScript DELETE =
      new RedisScript(
          FIT_INDEX
              + """
              local user = redis.call('HGET', KEYS[1], 'user')
              if not user then
                return 0
              end
              redis.call('DEL', KEYS[1])
              local index = ARGV[3] .. user
              redis.call('ZREM', index, ARGV[2])
              fit(index, ARGV[1])
              redis.call('ZREM', ARGV[4], ARGV[2])
              fit(ARGV[4], ARGV[1])
              return 1
              """,
          ScriptOutputType.INTEGER);

  // KEYS: index. ARGV: now, session prefix. Returns digest, fields, digest, fields ...
  private static final RedisScript LIST =
      new RedisScript(
          FIT_INDEX
              + """
              redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
              local found = {}
              for _, digest in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
                local fields = redis.call('HGETALL', ARGV[2] .. digest)
                if #fields == 0 then
                  redis.call('ZREM', KEYS[1], digest)
                else
                  found[#found + 1] = digest
                  found[#found + 1] = fields
                end
              end
              fit(KEYS[1], ARGV[1])
              return found
              """,
          ScriptOutputType.MULTI);

  // KEYS: index. ARGV: now, session prefix, handle to delete, handle to keep ('' for none), index
  // of all sessions.
  // Deletes the user's sessions with that handle, or (no handle given) all but the one kept.
  private static final RedisScript DELETE_BY_USER =
      new RedisScript(
          FIT_INDEX
              + """
              redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
              local removed = 0
              for _, digest in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
                local key = ARGV[2] .. digest
                local handle = redis.call('HGET', key, 'handle')
                if not handle then
                  redis.call('ZREM', KEYS[1], digest)
                elseif (ARGV[3] ~= '' and handle == ARGV[3])
                    or (ARGV[3] == '' and handle ~= ARGV[4]) then
                  removed = removed + redis.call('DEL', key)
                  redis.call('ZREM', KEYS[1], digest)
                  redis.call('ZREM', ARGV[5], digest)
                end
              end
              fit(KEYS[1], ARGV[1])
              fit(ARGV[5], ARGV[1])
              return removed
              """,
          ScriptOutputType.INTEGER);

  // KEYS: index of all sessions. ARGV: now. Sessions created before this index existed are counted
  // from their next use.
  private static final RedisScript COUNT_LIVE =
      new RedisScript(
          FIT_INDEX
              + """
              fit(KEYS[1], ARGV[1])
              return redis.call('ZCARD', KEYS[1])
              """,
          ScriptOutputType.INTEGER);

  private final RedisStoreConnection redis;
  private final RedisKeys keys;
  private final Clock clock;

  /**
   * For Micronaut: prefix from {@code auth.session.redis.prefix}, the app's clock if it has one.
   */
  @Inject
  public RedisSessionStore(
      RedisStoreConnection redis, RedisStoreSettings settings, @Nullable Clock clock) {
    this(redis, settings.getPrefix(), clock == null ? Clock.systemUTC() : clock);
  }

  public RedisSessionStore(RedisStoreConnection redis, String prefix, Clock clock) {
    this.redis = redis;
    this.keys = new RedisKeys(prefix);
    this.clock = clock;
  }

  @Override
  public void create(Session session) {
    long now = now();
    if (session.expiresAt().toEpochMilli() <= now) {
      return;
    }
    String[] keyList = {keys.session(session.tokenDigest()), keys.userSessions(session.userId())};
    redis.call(
        r ->
            CREATE.run(
                r,
                keyList,
                Long.toString(now),
                session.tokenDigest().value(),
                millis(session.expiresAt()),
                session.handle().value(),
                session.userId().toString(),
                millis(session.createdAt()),
                millis(session.lastSeenAt()),
                millis(session.absoluteExpiresAt()),
                session.address(),
                session.userAgent(),
                keys.allSessions()));
  }

  @Override
  public Optional<Session> find(TokenDigest digest) {
    Map<String, String> fields = redis.call(r -> r.hgetall(keys.session(digest)));
    return parse(digest, fields).filter(this::live);
  }

  @Override
  public Optional<Session> touch(TokenDigest digest, Instant lastSeenAt, Instant expiresAt) {
    List<Object> fields =
        redis.call(
            r ->
                TOUCH.run(
                    r,
                    new String[] {keys.session(digest)},
                    Long.toString(now()),
                    digest.value(),
                    millis(lastSeenAt),
                    millis(expiresAt),
                    keys.userSessionsPrefix(),
                    keys.allSessions()));
    return parse(digest, asMap(fields));
  }

  @Override
  public Optional<Session> findAndTouch(TokenDigest digest, Instant now, Duration idleTimeout) {
    List<Object> fields =
        redis.call(
            r ->
                FIND_AND_TOUCH.run(
                    r,
                    new String[] {keys.session(digest)},
                    millis(now),
                    digest.value(),
                    Long.toString(idleTimeout.toMillis()),
                    keys.userSessionsPrefix(),
                    keys.allSessions()));
    return parse(digest, asMap(fields)).filter(this::live);
  }

  @Override
  public void recordEnd(TokenDigest digest, SessionEndReason reason, Instant forgetAt) {
    long ttl = forgetAt.toEpochMilli() - now();
    if (ttl > 0) {
      redis.call(r -> r.psetex(keys.sessionEnd(digest), ttl, reason.name()));
    }
  }

  @Override
  public Optional<SessionEndReason> takeEnd(TokenDigest digest) {
    String reason = redis.call(r -> r.getdel(keys.sessionEnd(digest)));
    return Arrays.stream(SessionEndReason.values())
        .filter(r -> r.name().equals(reason))
        .findFirst();
  }

  @Override
  public boolean delete(TokenDigest digest) {
    Long deleted =
        redis.call(
            r ->
                DELETE.run(
                    r,
                    new String[] {keys.session(digest)},
                    Long.toString(now()),
                    digest.value(),
                    keys.userSessionsPrefix(),
                    keys.allSessions()));
    return deleted != null && deleted > 0;
  }

  @Override
  public List<Session> findByUser(UserId userId) {
    List<Object> found =
        redis.call(
            r ->
                LIST.run(
                    r,
                    new String[] {keys.userSessions(userId)},
                    Long.toString(now()),
                    keys.sessionPrefix()));
    List<Session> sessions = new ArrayList<>();
    for (int i = 0; i + 1 < found.size(); i += 2) {
      parse(new TokenDigest((String) found.get(i)), asMap(found.get(i + 1)))
          .filter(this::live)
          .ifPresent(sessions::add);
    }
    sessions.sort(Comparator.comparing(Session::createdAt));
    return List.copyOf(sessions);
  }

  @Override
  public boolean deleteByHandle(UserId userId, SessionHandle handle) {
    return deleteByUser(userId, handle.value(), "") > 0;
  }

  @Override
  public int deleteAllByUser(UserId userId, Optional<SessionHandle> except) {
    return deleteByUser(userId, "", except.map(SessionHandle::value).orElse(""));
  }

  private int deleteByUser(UserId userId, String handle, String keep) {
    Long removed =
        redis.call(
            r ->
                DELETE_BY_USER.run(
                    r,
                    new String[] {keys.userSessions(userId)},
                    Long.toString(now()),
                    keys.sessionPrefix(),
                    handle,
                    keep,
                    keys.allSessions()));
    return removed.intValue();
  }

  @Override
  public long countLive() {
    Long live =
        redis.call(
            r -> COUNT_LIVE.<Long>run(r, new String[] {keys.allSessions()}, Long.toString(now())));
    return live == null ? 0 : live;
  }

  private long now() {
    return clock.millis();
  }

  private boolean live(Session session) {
    return !session.isExpiredAt(clock.instant());
  }

  private static String millis(Instant instant) {
    return Long.toString(instant.toEpochMilli());
  }

  private static Instant instant(String millis) {
    return Instant.ofEpochMilli(Long.parseLong(millis));
  }

  /** A flat field, value, field, value ... reply (HGETALL inside a script) as a map. */
  private static Map<String, String> asMap(Object reply) {
    List<?> flat = (List<?>) reply;
    Map<String, String> fields = new HashMap<>();
    for (int i = 0; i + 1 < flat.size(); i += 2) {
      fields.put((String) flat.get(i), (String) flat.get(i + 1));
    }
    return fields;
  }

  private static Optional<Session> parse(TokenDigest digest, Map<String, String> fields) {
    if (fields == null || !fields.containsKey("user")) {
      return Optional.empty();
    }
    return Optional.of(
        new Session(
            new SessionHandle(fields.get("handle")),
            digest,
            UserId.of(fields.get("user")),
            instant(fields.get("created")),
            instant(fields.get("seen")),
            instant(fields.get("expires")),
            instant(fields.get("absolute")),
            fields.get("address"),
            fields.get("agent")));
  }
}
