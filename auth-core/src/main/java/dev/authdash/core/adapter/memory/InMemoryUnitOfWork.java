package dev.authdash.core.adapter.memory;

import dev.authdash.core.port.out.UnitOfWork;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** In-memory adapter of {@link UnitOfWork}: one lock serialises all units of work. */
public final class InMemoryUnitOfWork implements UnitOfWork {
  private final ReentrantLock lock = new ReentrantLock();

  @Override
  public <T> T atomically(Supplier<T> work) {
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }
}
