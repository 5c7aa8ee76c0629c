package dev.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code storyline serve} on the embedded default listens on its HTTP port and on nothing
 * else (no database port: H2's AUTO_SERVER used to open one to every machine), read from the
 * kernel's socket tables for the child's own sockets; and a second process pointed at the same
 * embedded file is refused with a plain explanation instead of reaching it over the network.
 */
class ListeningSocketsIT {
  private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

  @TempDir Path dir;

  @Test
  void theServiceListensOnItsHttpPortOnlyAndASecondProcessIsToldWhy() throws Exception {
    assumeTrue(Files.isReadable(Path.of("/proc/self/net/tcp")), "needs Linux /proc");
    StorylineChild db = StorylineChild.embeddedDefault(dir);
    Process serve =
        db.start("serve", "--server.port=0", "--storyline.sample.import-on-start=false");
    List<String> output = Collections.synchronizedList(new ArrayList<>());
    CompletableFuture<Void> started =
        StorylineChild.watch(serve, output, line -> STARTED.matcher(line).find());
    try {
      try {
        started.get(300, TimeUnit.SECONDS); // a deadline for a loaded machine
      } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
        throw new AssertionError("the service never started:\n" + String.join("\n", output), e);
      }
      int http = httpPort(output);
      assertThat(listeningPorts(serve.pid())).containsExactly(http);

      Path file = dir.resolve("one.jsonl");
      Files.writeString(
          file,
          "{\"id\":\"x1\",\"source\":\"Post\",\"url\":\"https://post.example/x1\","
              + "\"published\":\"2026-03-01\",\"title\":\"A title\",\"text\":\"A text.\"}\n",
          StandardCharsets.UTF_8);
      Process second = db.start("import", file.toString());
      List<String> secondOutput = Collections.synchronizedList(new ArrayList<>());
      StorylineChild.watch(second, secondOutput, line -> false);
      assertThat(second.waitFor(300, TimeUnit.SECONDS)).isTrue();
      assertThat(second.exitValue()).isNotZero();
      synchronized (secondOutput) {
        assertThat(String.join("\n", secondOutput))
            .contains("is in use by another Storyline process")
            .contains("PostgreSQL");
      }
      assertThat(listeningPorts(serve.pid())).containsExactly(http);
    } finally {
      serve.destroy();
      serve.waitFor(30, TimeUnit.SECONDS);
      serve.destroyForcibly();
    }
  }

  private static int httpPort(List<String> output) {
    synchronized (output) {
      for (String line : output) {
        Matcher m = STARTED.matcher(line);
        if (m.find()) {
          return Integer.parseInt(m.group(1));
        }
      }
    }
    throw new AssertionError("no port in the output");
  }

  /** TCP ports in LISTEN state on sockets the process {@code pid} holds, IPv4 and IPv6. */
  static Set<Integer> listeningPorts(long pid) throws IOException {
    Set<String> inodes = new HashSet<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
      for (Path fd : (Iterable<Path>) fds::iterator) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            inodes.add(target.substring(8, target.length() - 1));
          }
        } catch (IOException e) {
          // the descriptor closed meanwhile
        }
      }
    }
    Set<Integer> ports = new TreeSet<>();
    for (String table : List.of("tcp", "tcp6")) {
      Path p = Path.of("/proc", String.valueOf(pid), "net", table);
      if (!Files.exists(p)) {
        continue;
      }
      for (String line : Files.readAllLines(p).subList(1, Files.readAllLines(p).size())) {
        String[] f = line.trim().split("\\s+");
        // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
        if (f.length > 9 && f[3].equals("0A") && inodes.contains(f[9])) {
          ports.add(Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16));
        }
      }
    }
    return ports;
  }
}
