package dev.storyline.store.work;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locks within this process only: for the embedded H2 database, which one process opens. A lock is
 * held by whoever took it (not by a thread), until closed. Thread-safe.
 */
public final class LocalLocks implements Locks {
  private final Set<String> held = ConcurrentHashMap.newKeySet();

  @Override
  public Optional<Held> tryLock(String name) {
    if (!held.add(name)) {
      return Optional.empty();
    }
    return Optional.of(
        new Held() {
          private volatile boolean open = true;

          @Override
          public String name() {
            return name;
          }

          @Override
          public boolean valid() {
            return open;
          }

          @Override
          public int backendPid() {
            return -1;
          }

          @Override
          public void close() {
            if (open) {
              open = false;
              held.remove(name);
            }
          }
        });
  }

  @Override
  public boolean shared() {
    return false;
  }
}
