package dev.authdash.session.redis;

import dev.authdash.core.model.AttemptRecord;
import dev.authdash.core.model.SubjectLock;
import dev.authdash.core.port.out.LoginAttemptStore;
import io.lettuce.core.ScriptOutputType;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Redis adapter of {@link LoginAttemptStore}: login-throttling counters shared by every process on
 * the same Redis. Each change and its expiry are one Lua script, so parallel guesses cannot lose a
 * count and no entry is left without a time to live.
 */
@Singleton
@Requires(property = RedisStoreFactory.STORE_PROPERTY, value = RedisStoreFactory.REDIS)
public final class RedisLoginAttemptStore implements LoginAttemptStore {

  /** Keeps a subject for its retention, and in any case until its lock lifts. */
  private static final String EXPIRE_SUBJECT =
      """
      local function expire(key, retention, now)
        local ttl = tonumber(retention)
        local locked = redis.call('HGET', key, 'until')
        if locked and tonumber(locked) - tonumber(now) > ttl then
          ttl = tonumber(locked) - tonumber(now)
        end
        redis.call('PEXPIRE', key, ttl)
      end
      """;

  // KEYS: subject. ARGV: retention ms, now. Returns failures, level, until.
  private static final RedisScript RECORD_FAILURE =
      new RedisScript(
          EXPIRE_SUBJECT
              + """
              local failures = redis.call('HINCRBY', KEYS[1], 'failures', 1)
              expire(KEYS[1], ARGV[1], ARGV[2])
              local held = redis.call('HMGET', KEYS[1], 'level', 'until')
              return {failures, held[1], held[2]}
              """,
          ScriptOutputType.MULTI);

  // KEYS: subject. ARGV: retention ms, now, level, until, index of locks, subject.
  private static final RedisScript LOCK =
      new RedisScript(
          EXPIRE_SUBJECT
              + RedisSessionStore.FIT_INDEX
              + """
              redis.call('HSET', KEYS[1], 'failures', 0, 'level', ARGV[3], 'until', ARGV[4])
              expire(KEYS[1], ARGV[1], ARGV[2])
              redis.call('ZADD', ARGV[5], ARGV[4], ARGV[6])
              fit(ARGV[5], ARGV[2])
              return 1
              """,
          ScriptOutputType.INTEGER);

  // KEYS: subject. ARGV: index of locks, subject, now.
  private static final RedisScript CLEAR =
      new RedisScript(
          RedisSessionStore.FIT_INDEX
              + """
              redis.call('DEL', KEYS[1])
              redis.call('ZREM', ARGV[1], ARGV[2])
              fit(ARGV[1], ARGV[3])
              return 1
              """,
          ScriptOutputType.INTEGER);

  // KEYS: index of locks. ARGV: now, prefix, limit, attempts key prefix. Returns subject, until,
  // level, subject, until, level ... latest to lift first.
  private static final RedisScript LOCKS =
      new RedisScript(
          RedisSessionStore.FIT_INDEX
              + """
              fit(KEYS[1], ARGV[1])
              local found = {}
              local limit = tonumber(ARGV[3])
              for _, subject in ipairs(redis.call('ZREVRANGE', KEYS[1], 0, -1)) do
                if #found >= 3 * limit then
                  break
                end
                if string.sub(subject, 1, #ARGV[2]) == ARGV[2] then
                  local held = redis.call('HMGET', ARGV[4] .. subject, 'level', 'until')
                  if held[2] and tonumber(held[2]) > tonumber(ARGV[1]) then
                    found[#found + 1] = subject
                    found[#found + 1] = held[2]
                    found[#found + 1] = held[1]
                  end
                end
              end
              return found
              """,
          ScriptOutputType.MULTI);

  // KEYS: counter. ARGV: window ms. The window starts with the first increment.
  private static final RedisScript INCREMENT =
      new RedisScript(
          """
          local count = redis.call('INCR', KEYS[1])
          if redis.call('PTTL', KEYS[1]) < 0 then
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
          end
          return count
          """,
          ScriptOutputType.INTEGER);

  private final RedisStoreConnection redis;
  private final RedisKeys keys;
  private final Clock clock;

  /**
   * For Micronaut: prefix from {@code auth.session.redis.prefix}, the app's clock if it has one.
   */
  @Inject
  public RedisLoginAttemptStore(
      RedisStoreConnection redis, RedisStoreSettings settings, @Nullable Clock clock) {
    this(redis, settings.getPrefix(), clock == null ? Clock.systemUTC() : clock);
  }

  public RedisLoginAttemptStore(RedisStoreConnection redis, String prefix, Clock clock) {
    this.redis = redis;
    this.keys = new RedisKeys(prefix);
    this.clock = clock;
  }

  @Override
  public AttemptRecord find(String subject) {
    List<String> held =
        redis.call(r -> r.hmget(keys.attempts(subject), "failures", "level", "until")).stream()
            .map(v -> v.getValueOrElse(null))
            .toList();
    if (held.get(0) == null) {
      return AttemptRecord.NONE;
    }
    return record(Long.parseLong(held.get(0)), held.get(1), held.get(2));
  }

  @Override
  public AttemptRecord recordFailure(String subject, Duration retention) {
    List<Object> after =
        redis.call(
            r ->
                RECORD_FAILURE.run(
                    r,
                    new String[] {keys.attempts(subject)},
                    Long.toString(retention.toMillis()),
                    Long.toString(clock.millis())));
    return record((Long) after.get(0), (String) after.get(1), (String) after.get(2));
  }

  @Override
  public void lock(String subject, int level, Instant until, Duration retention) {
    redis.call(
        r ->
            LOCK.run(
                r,
                new String[] {keys.attempts(subject)},
                Long.toString(retention.toMillis()),
                Long.toString(clock.millis()),
                Integer.toString(level),
                Long.toString(until.toEpochMilli()),
                keys.locks(),
                subject));
  }

  @Override
  public void clear(String subject) {
    redis.call(
        r ->
            CLEAR.run(
                r,
                new String[] {keys.attempts(subject)},
                keys.locks(),
                subject,
                Long.toString(clock.millis())));
  }

  @Override
  public List<SubjectLock> locks(String prefix, int limit) {
    List<Object> found =
        redis.call(
            r ->
                LOCKS.run(
                    r,
                    new String[] {keys.locks()},
                    Long.toString(clock.millis()),
                    prefix,
                    Integer.toString(limit),
                    keys.attempts("")));
    List<SubjectLock> locks = new ArrayList<>();
    for (int i = 0; i + 2 < found.size(); i += 3) {
      locks.add(
          new SubjectLock(
              (String) found.get(i),
              found.get(i + 2) == null ? 0 : Integer.parseInt((String) found.get(i + 2)),
              Instant.ofEpochMilli(Long.parseLong((String) found.get(i + 1)))));
    }
    return List.copyOf(locks);
  }

  @Override
  public long increment(String counter, Duration window) {
    return redis.call(
        r ->
            INCREMENT.<Long>run(
                r, new String[] {keys.counter(counter)}, Long.toString(window.toMillis())));
  }

  @Override
  public long count(String counter) {
    String value = redis.call(r -> r.get(keys.counter(counter)));
    return value == null ? 0 : Long.parseLong(value);
  }

  private static AttemptRecord record(long failures, String level, String until) {
    return new AttemptRecord(
        Math.toIntExact(failures),
        level == null ? 0 : Integer.parseInt(level),
        until == null ? null : Instant.ofEpochMilli(Long.parseLong(until)));
  }
}
