package dev.storyline.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The service under test, started as a child process from the same jar with the same JVM options,
 * in a working folder of its own (its embedded database and sample import live there, so a second
 * run reuses them). Stopped when the bench ends.
 */
final class BenchService {
  private static final Duration START_LIMIT = Duration.ofMinutes(15);

  private final Process process;
  private final URI base;
  private final Path log;
  private long peakKb;
  private long logMark;

  private BenchService(Process process, URI base, Path log) {
    this.process = process;
    this.base = base;
    this.log = log;
  }

  /** Marks where the log stands now: {@link #errorsLogged} counts from here. */
  void markLog() throws IOException {
    logMark = Files.size(log);
  }

  /** Lines the service logged at ERROR since {@link #markLog}. */
  long errorsLogged() throws IOException {
    byte[] all = Files.readAllBytes(log);
    String since =
        new String(
            all,
            (int) Math.min(logMark, all.length),
            (int) Math.max(0, all.length - logMark),
            java.nio.charset.StandardCharsets.UTF_8);
    return since.lines().filter(l -> l.contains(" ERROR ")).count();
  }

  URI base() {
    return base;
  }

  static BenchService start(Path workdir, PrintStream out)
      throws IOException, InterruptedException {
    String jar = System.getProperty("java.class.path", "");
    if (!jar.endsWith(".jar") || !Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException(
          "bench serve starts the packaged jar: run it through ./storyline, or pass --url");
    }
    Files.createDirectories(workdir);
    int port = ServeBench.freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(
        List.of(
            "-jar", Path.of(jar).toAbsolutePath().toString(), "serve", "--server.port=" + port));
    Path log = workdir.resolve("serve.log");
    out.printf("starting the service in %s on port %d (log: %s)...%n", workdir, port, log);
    Process p =
        new ProcessBuilder(command)
            .directory(workdir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    BenchService service = new BenchService(p, URI.create("http://127.0.0.1:" + port), log);
    service.awaitUp(log);
    return service;
  }

  private void awaitUp(Path log) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the service stopped while starting; its log ends with:\n" + tail(log));
      }
      try {
        int status =
            http.send(
                    HttpRequest.newBuilder(base.resolve("/actuator/health"))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode();
        // the service says it is running once the first start's sample import is done
        if (status == 200 && Files.readString(log).contains("Storyline is running at")) {
          return;
        }
      } catch (IOException notYet) {
        // still starting (the first start imports the sample corpus)
      }
      Thread.sleep(1000);
    }
    stop();
    throw new IllegalStateException("the service did not start within " + START_LIMIT);
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }

  /** Reads the process's resident memory now and keeps the peak seen. */
  void sampleMemory() {
    peakKb = Math.max(peakKb, status("VmHWM:"));
  }

  long residentMb() {
    return status("VmRSS:") / 1024;
  }

  long peakMb() {
    sampleMemory();
    return peakKb / 1024;
  }

  private long status(String field) {
    try {
      for (String line :
          Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
        if (line.startsWith(field)) {
          return Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
        }
      }
    } catch (IOException | NumberFormatException unreadable) {
      // not Linux, or the process is gone
    }
    return 0;
  }

  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
