package dev.authdash.session.redis.archfixture;

/** Deliberate violation (test fixture): the Redis adapter reaching into the PostgreSQL one. */
public final class RedisAdapterThatUsesPostgres {
  public dev.authdash.persistence.postgres.PostgresUserRepository users;
}
