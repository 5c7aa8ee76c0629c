package dev.storyline.ingest.http;

import com.sun.management.OperatingSystemMXBean;
import dev.storyline.feeds.FetchProperties;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;

/**
 * Dev tool (not a test): fetches per second, latency and CPU per fetch of our own socket client
 * against OkHttp, both behind the same {@link SafeFetcher} (SSRF guard, limits, redirects), on a
 * loopback server: a 30 KB feed with a length, a 300 KB page gzip-compressed, a 300 KB page in
 * chunks, each sequentially and from 4 threads. Figures are printed, never asserted. {@code java
 * -cp <test classpath> dev.storyline.ingest.http.FetchBench [ROUNDS]}, or {@code tools/dev
 * dev.storyline.ingest.http.FetchBench [ROUNDS | cold okhttp|sockets]}
 */
final class FetchBench {
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private FetchBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("cold")) {
      cold(Clients.valueOf(args[1].toUpperCase(Locale.ROOT)));
      return;
    }
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    // as real servers do on kept-alive connections; without it the JDK server's separate writes of
    // headers and body meet the client's delayed ACK and every kept-alive answer waits ~40 ms
    System.setProperty("sun.net.httpserver.nodelay", "true");
    byte[] feed = text(30_000);
    byte[] page = text(300_000);
    byte[] gz = gzip(page);
    try (LoopbackServer server = new LoopbackServer()) {
      server.bytes("/feed", "application/rss+xml", feed);
      server.on(
          "/gz",
          ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LoopbackServer.send(ex, 200, "text/html", gz);
          });
      server.on(
          "/chunked",
          ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
              for (int i = 0; i < page.length; i += 8192) {
                out.write(page, i, Math.min(8192, page.length - i));
              }
            }
          });
      System.out.printf(
          "%-8s %-8s %-7s %9s %9s %9s %11s%n",
          "client", "case", "threads", "fetch/s", "p50 ms", "p99 ms", "CPU ms/fetch");
      for (int round = 0; round < rounds; round++) {
        for (String path : List.of("/feed", "/gz", "/chunked")) {
          int n = path.equals("/feed") ? 2000 : 400;
          for (int threads : new int[] {1, 4}) {
            for (Clients client : Clients.values()) {
              run(client, server.url(path), path.substring(1), n, threads, round == 0);
            }
          }
        }
      }
    }
  }

  /** The first fetch in a fresh JVM: class loading and set-up included (run it in a new JVM). */
  private static void cold(Clients client) throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.bytes("/feed", "application/rss+xml", text(30_000));
      long start = System.nanoTime();
      client
          .fetcher(
              FetchProperties.defaults().settings(),
              AddressPolicy.allowing(AddressPolicy.Category.LOOPBACK))
          .fetch(server.url("/feed"));
      System.out.printf(
          Locale.ROOT,
          "%s first fetch in a fresh JVM: %.0f ms%n",
          client.name().toLowerCase(Locale.ROOT),
          (System.nanoTime() - start) / 1e6);
    }
  }

  private static void run(
      Clients client, String url, String name, int n, int threads, boolean warmup)
      throws Exception {
    SafeFetcher f =
        client.fetcher(
            FetchProperties.defaults().settings(),
            AddressPolicy.allowing(AddressPolicy.Category.LOOPBACK));
    URI uri = URI.create(url);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long cpu = OS.getProcessCpuTime();
    long start = System.nanoTime();
    List<Future<long[]>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      parts.add(
          pool.submit(
              () -> {
                long[] times = new long[n / threads];
                for (int i = 0; i < times.length; i++) {
                  long s = System.nanoTime();
                  f.fetch(uri, SafeFetcher.Conditional.NONE);
                  times[i] = System.nanoTime() - s;
                }
                return times;
              }));
    }
    long[] all = new long[0];
    for (Future<long[]> p : parts) {
      long[] t = p.get();
      long[] merged = Arrays.copyOf(all, all.length + t.length);
      System.arraycopy(t, 0, merged, all.length, t.length);
      all = merged;
    }
    double wall = (System.nanoTime() - start) / 1e9;
    double cpuMs = (OS.getProcessCpuTime() - cpu) / 1e6 / all.length;
    pool.shutdown();
    if (warmup) {
      return;
    }
    Arrays.sort(all);
    System.out.printf(
        Locale.ROOT,
        "%-8s %-8s %-7d %9.0f %9.2f %9.2f %11.3f%n",
        client.name().toLowerCase(Locale.ROOT),
        name,
        threads,
        all.length / wall,
        all[all.length / 2] / 1e6,
        all[(int) (all.length * 0.99)] / 1e6,
        cpuMs);
  }

  private static byte[] text(int size) {
    StringBuilder b = new StringBuilder(size);
    for (int i = 0; b.length() < size; i++) {
      b.append("<p>Paragraph ").append(i).append(" of the harbour budget story.</p>\n");
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] data) throws java.io.IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bos)) {
      out.write(data);
    }
    return bos.toByteArray();
  }
}
