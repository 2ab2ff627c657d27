package dev.authdash.core.testing;

import dev.authdash.core.port.out.PasswordHasher;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps a real hasher and counts the expensive calls, to prove what was (not) hashed. */
public final class CountingHasher implements PasswordHasher {
  private final PasswordHasher delegate;
  private final AtomicInteger hashes = new AtomicInteger();
  private final AtomicInteger verifications = new AtomicInteger();

  public CountingHasher(PasswordHasher delegate) {
    this.delegate = delegate;
  }

  @Override
  public String hash(String rawPassword) {
    hashes.incrementAndGet();
    return delegate.hash(rawPassword);
  }

  @Override
  public boolean matches(String rawPassword, String encodedHash) {
    verifications.incrementAndGet();
    return delegate.matches(rawPassword, encodedHash);
  }

  @Override
  public boolean needsUpgrade(String encodedHash) {
    return delegate.needsUpgrade(encodedHash);
  }

  public int hashes() {
    return hashes.get();
  }

  public int verifications() {
    return verifications.get();
  }

  /** Hashes plus verifications: every Argon2 run. */
  public int argon2Runs() {
    return hashes.get() + verifications.get();
  }
}
