package dev.storyline.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code storyline bench serve}: starts the service on the sample corpus (or targets {@code
 * --url}), drives a bounded closed-loop load over the story page, storyline page, front page,
 * search, the JSON API and the Atom feed with a fixed number of connections for a fixed time, and
 * prints per path: requests/s, p50/p99/max latency, errors and timeouts. When nginx is installed it
 * also serves the story page's bytes as a static file, under the same load, and prints the ratio.
 * Uses {@code wrk} when installed (it costs the machine less than a Java generator), else {@link
 * HttpLoad}. Everything stays on loopback and stops by itself.
 */
final class ServeBench {
  static final String USAGE =
      """
        serve [--url http://127.0.0.1:PORT] [--connections 64,256] [--duration 30s]
              [--warmup 5s] [--timeout 2s] [--tool auto|wrk|java] [--workdir DIR] [--no-nginx]
            Starts the service on the sample corpus in --workdir (default: a folder under the
            system's temporary directory, reused by later runs so the import happens once), or
            targets --url (loopback only), and drives each public path with that many keep-alive
            connections for that long: requests/s, p50/p99/max latency, errors, timeouts, and the
            service's resident memory (peak). Each path (and nginx) is first driven for --warmup
            at the first connection count, not counted: the JIT compiles the hot paths then. With
            nginx installed, also the story page's bytes as a static file under the same load, and
            the ratio.
      """;

  private final PrintStream out;
  private final BenchPaths site = new BenchPaths();

  ServeBench(PrintStream out) {
    this.out = out;
  }

  int run(Map<String, String> opts) throws IOException, InterruptedException {
    Duration duration = Duration.ofSeconds(seconds(opts.getOrDefault("duration", "30s")));
    Duration timeout = Duration.ofSeconds(seconds(opts.getOrDefault("timeout", "2s")));
    Duration warmup = Duration.ofSeconds(seconds(opts.getOrDefault("warmup", "5s")));
    List<Integer> connections = new ArrayList<>();
    for (String c : opts.getOrDefault("connections", "64,256").split(",")) {
      connections.add(Integer.parseInt(c.strip()));
    }
    String tool = tool(opts.getOrDefault("tool", "auto"));
    BenchService service = null;
    try {
      URI base;
      if (opts.containsKey("url")) {
        base = URI.create(opts.get("url").replaceAll("/+$", ""));
        HttpLoad.loopback(base);
      } else {
        service = BenchService.start(workdir(opts), out);
        base = service.base();
      }
      Map<String, String> paths = site.paths(base);
      out.printf(
          Locale.ROOT,
          "load: %s, %s per path and connection count, timeout %ss, loopback%n",
          tool,
          duration,
          timeout.toSeconds());
      out.printf(
          Locale.ROOT,
          "%-10s %-62s %6s %10s %9s %9s %9s %7s %8s %7s%n",
          "path",
          "url",
          "conns",
          "req/s",
          "p50 ms",
          "p99 ms",
          "max ms",
          "errors",
          "timeouts",
          "non-2xx");
      Path nginxRoot = null;
      Nginx nginx = null;
      if (!opts.containsKey("no-nginx") && Nginx.installed()) {
        nginxRoot = Files.createTempDirectory("storyline-bench-nginx");
        Files.write(nginxRoot.resolve("story.html"), site.bytes(base.resolve(paths.get("story"))));
        nginx = Nginx.start(nginxRoot);
      }
      if (service != null) {
        service.markLog();
      }
      try {
        if (!warmup.isZero()) {
          out.printf(
              Locale.ROOT,
              "warm-up: %s per path at %d connections, not counted%n",
              warmup,
              connections.get(0));
          for (String p : paths.values()) {
            load(tool, base.resolve(p), connections.get(0), warmup, timeout);
          }
          if (nginx != null) {
            load(tool, nginx.base().resolve("/story.html"), connections.get(0), warmup, timeout);
          }
        }
        for (int c : connections) {
          double story = 0;
          for (Map.Entry<String, String> p : paths.entrySet()) {
            HttpLoad.Result r = load(tool, base.resolve(p.getValue()), c, duration, timeout);
            print(p.getKey(), p.getValue(), c, r);
            if (p.getKey().equals("story")) {
              story = r.perSecond();
            }
            if (service != null) {
              service.sampleMemory();
            }
          }
          if (nginx != null) {
            HttpLoad.Result r =
                load(tool, nginx.base().resolve("/story.html"), c, duration, timeout);
            print("nginx", "/story.html (the story page's bytes, static)", c, r);
            out.printf(
                Locale.ROOT,
                "ratio at %d connections: story page / nginx static = %.3f%n",
                c,
                story / r.perSecond());
          }
        }
      } finally {
        if (nginx != null) {
          nginx.stop();
        }
      }
      if (service != null) {
        out.printf(
            Locale.ROOT,
            "service memory: resident %d MB now, peak %d MB (VmHWM); lines logged at ERROR during"
                + " the load: %d%n",
            service.residentMb(),
            service.peakMb(),
            service.errorsLogged());
      }
      return 0;
    } finally {
      if (service != null) {
        service.stop();
      }
    }
  }

  private void print(String name, String path, int connections, HttpLoad.Result r) {
    out.printf(
        Locale.ROOT,
        "%-10s %-62s %6d %10.0f %9.2f %9.2f %9.1f %7d %8d %7d%n",
        name,
        path.length() > 62 ? path.substring(0, 59) + "..." : path,
        connections,
        r.perSecond(),
        r.p50(),
        r.p99(),
        r.max(),
        r.errors(),
        r.timeouts(),
        r.non2xx());
  }

  private static HttpLoad.Result load(
      String tool, URI url, int connections, Duration duration, Duration timeout)
      throws IOException, InterruptedException {
    Thread.sleep(1000);
    return tool.equals("wrk")
        ? Wrk.run(url, connections, duration, timeout)
        : HttpLoad.run(url, connections, duration, timeout);
  }

  private static String tool(String wanted) {
    if (wanted.equals("auto")) {
      return Wrk.installed() ? "wrk" : "java";
    }
    if (!wanted.equals("wrk") && !wanted.equals("java")) {
      throw new IllegalArgumentException("--tool must be auto, wrk or java");
    }
    if (wanted.equals("wrk") && !Wrk.installed()) {
      throw new IllegalArgumentException("wrk is not installed (apt-get install wrk)");
    }
    return wanted;
  }

  private static Path workdir(Map<String, String> opts) {
    String dir = opts.get("workdir");
    return dir != null && !dir.isBlank()
        ? Path.of(dir)
        : Path.of(System.getProperty("java.io.tmpdir"), "storyline-bench-serve");
  }

  static long seconds(String d) {
    String s = d.strip().toLowerCase(Locale.ROOT);
    if (s.endsWith("ms")) {
      return Math.max(1, Long.parseLong(s.substring(0, s.length() - 2)) / 1000);
    }
    if (s.endsWith("s")) {
      return Long.parseLong(s.substring(0, s.length() - 1));
    }
    if (s.endsWith("m")) {
      return 60 * Long.parseLong(s.substring(0, s.length() - 1));
    }
    return Long.parseLong(s);
  }

  /** A free port on loopback (closed again at once; a tiny race is acceptable for a bench). */
  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
