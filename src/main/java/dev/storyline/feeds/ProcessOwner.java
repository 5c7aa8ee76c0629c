package dev.storyline.feeds;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Names this process for claims ("host/pid/start-millis") and tells whether a named process on this
 * machine has ended. A claim left by a process that was killed mid-poll can then be taken over at
 * once by the next process on the same machine; a holder on another machine, or one whose state
 * cannot be read, is assumed alive (its claim lapses on its own).
 */
final class ProcessOwner {
  static final String SELF = name(ProcessHandle.current());

  private ProcessOwner() {}

  /** True when {@code owner} names a process of this machine that no longer runs. */
  static boolean endedHere(String owner) {
    String[] parts = owner == null ? new String[0] : owner.split("/");
    if (parts.length != 3 || !parts[0].equals(host())) {
      return false;
    }
    long pid;
    long started;
    try {
      pid = Long.parseLong(parts[1]);
      started = Long.parseLong(parts[2]);
    } catch (NumberFormatException e) {
      return false;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isEmpty() || !process.get().isAlive()) {
      return true;
    }
    long now = startMillis(process.get());
    return started != 0 && now != 0 && now != started; // the id was reused by a later process
  }

  private static String name(ProcessHandle p) {
    return host() + "/" + p.pid() + "/" + startMillis(p);
  }

  private static long startMillis(ProcessHandle p) {
    return p.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName().replace('/', '_');
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }
}
