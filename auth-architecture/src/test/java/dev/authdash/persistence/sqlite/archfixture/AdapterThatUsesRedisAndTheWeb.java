package dev.authdash.persistence.sqlite.archfixture;

/** Deliberate violation (test fixture): an adapter reaching into another adapter and the web. */
public final class AdapterThatUsesRedisAndTheWeb {
  public dev.authdash.session.redis.RedisSessionStore sessions;
  public dev.authdash.web.Application web;
}
