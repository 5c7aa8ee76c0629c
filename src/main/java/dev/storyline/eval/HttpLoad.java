package dev.storyline.eval;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * A closed-loop HTTP/1.1 load generator on loopback: a fixed number of keep-alive connections, each
 * a thread that sends the next request as soon as the last answer is read in full, for a fixed
 * time. Like {@code wrk}, an answer slower than the timeout counts as a timeout and its connection
 * is opened again. Latencies go into an HdrHistogram. Refuses any address but loopback.
 */
final class HttpLoad {

  /**
   * What one run measured.
   *
   * @param requests answers read in full
   * @param seconds how long the run lasted
   * @param p50 median latency, milliseconds
   * @param p99 99th percentile latency, milliseconds
   * @param max slowest answer, milliseconds
   * @param errors connections refused or broken, unreadable answers
   * @param timeouts answers slower than the timeout
   * @param non2xx answers whose status was not 2xx or 3xx
   */
  record Result(
      long requests,
      double seconds,
      double p50,
      double p99,
      double max,
      long errors,
      long timeouts,
      long non2xx) {
    double perSecond() {
      return requests / seconds;
    }
  }

  private HttpLoad() {}

  /** Drives {@code url} with {@code connections} connections for {@code duration}. */
  static Result run(URI url, int connections, Duration duration, Duration timeout)
      throws InterruptedException {
    InetSocketAddress address = loopback(url);
    String path = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
    byte[] request =
        ("GET "
                + (path.isEmpty() ? "/" : path)
                + " HTTP/1.1\r\nHost: "
                + url.getHost()
                + ":"
                + address.getPort()
                + "\r\nUser-Agent: storyline-bench\r\nAccept: */*\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    long end = System.nanoTime() + duration.toNanos();
    AtomicLong errors = new AtomicLong();
    AtomicLong timeouts = new AtomicLong();
    AtomicLong non2xx = new AtomicLong();
    List<Histogram> histograms = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    long started = System.nanoTime();
    for (int i = 0; i < connections; i++) {
      Histogram h = new Histogram(3_600_000_000L, 3);
      histograms.add(h);
      Thread t =
          new Thread(
              () -> connection(address, request, end, timeout, h, errors, timeouts, non2xx),
              "load-" + i);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join(duration.plus(timeout).plusSeconds(5).toMillis());
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Histogram all = new Histogram(3_600_000_000L, 3);
    histograms.forEach(all::add);
    return new Result(
        all.getTotalCount(),
        seconds,
        all.getTotalCount() == 0 ? 0 : all.getValueAtPercentile(50) / 1000.0,
        all.getTotalCount() == 0 ? 0 : all.getValueAtPercentile(99) / 1000.0,
        all.getMaxValue() / 1000.0,
        errors.get(),
        timeouts.get(),
        non2xx.get());
  }

  private static void connection(
      InetSocketAddress address,
      byte[] request,
      long end,
      Duration timeout,
      Histogram latency,
      AtomicLong errors,
      AtomicLong timeouts,
      AtomicLong non2xx) {
    Socket socket = null;
    InputStream in = null;
    OutputStream out = null;
    byte[] scratch = new byte[64 * 1024];
    while (System.nanoTime() < end) {
      try {
        if (socket == null) {
          socket = new Socket();
          socket.setTcpNoDelay(true);
          socket.connect(address, (int) timeout.toMillis());
          socket.setSoTimeout((int) timeout.toMillis());
          in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
          out = socket.getOutputStream();
        }
        long t0 = System.nanoTime();
        out.write(request);
        out.flush();
        boolean[] closes = {false};
        int status = readAnswer(in, scratch, closes);
        long t1 = System.nanoTime();
        if (closes[0]) {
          socket = close(socket); // the server ends the connection (Tomcat: every 100 requests)
        }
        if (t1 - t0 > timeout.toNanos()) {
          timeouts.incrementAndGet();
        } else {
          latency.recordValue(Math.max(1, (t1 - t0) / 1000));
        }
        if (status < 200 || status >= 400) {
          non2xx.incrementAndGet();
        }
      } catch (SocketTimeoutException e) {
        timeouts.incrementAndGet();
        socket = close(socket);
      } catch (IOException | RuntimeException e) {
        if (System.nanoTime() < end) {
          errors.incrementAndGet();
        }
        socket = close(socket);
      }
    }
    close(socket);
  }

  private static Socket close(Socket socket) {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing a broken connection
      }
    }
    return null;
  }

  /**
   * Reads one answer in full (Content-Length or chunked) and returns its status; {@code closes[0]}
   * tells whether the server said it closes the connection after it ({@code Connection: close}).
   */
  static int readAnswer(InputStream in, byte[] scratch, boolean[] closes) throws IOException {
    String statusLine = line(in);
    if (!statusLine.startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP answer: " + statusLine);
    }
    int status = Integer.parseInt(statusLine.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    for (String h = line(in); !h.isEmpty(); h = line(in)) {
      String lower = h.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(h.substring(15).strip());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        closes[0] = true;
      }
    }
    if (status == 304 || status == 204 || (status >= 100 && status < 200)) {
      return status;
    }
    if (chunked) {
      for (long size = chunk(in); size > 0; size = chunk(in)) {
        skip(in, size, scratch);
        line(in);
      }
      for (String trailer = line(in); !trailer.isEmpty(); trailer = line(in)) {
        // trailers are read and dropped
      }
    } else if (length >= 0) {
      skip(in, length, scratch);
    } else {
      throw new IOException("answer without a length on a keep-alive connection");
    }
    return status;
  }

  private static long chunk(InputStream in) throws IOException {
    String size = line(in);
    int semicolon = size.indexOf(';');
    return Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
  }

  private static void skip(InputStream in, long n, byte[] scratch) throws IOException {
    while (n > 0) {
      int read = in.read(scratch, 0, (int) Math.min(scratch.length, n));
      if (read < 0) {
        throw new IOException("connection closed mid-answer");
      }
      n -= read;
    }
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder s = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed");
      }
      if (c != '\r') {
        s.append((char) c);
      }
      if (s.length() > 16_384) {
        throw new IOException("header line too long");
      }
    }
    return s.toString();
  }

  /** The URL's address, which must be a loopback address (load never leaves this machine). */
  static InetSocketAddress loopback(URI url) {
    try {
      InetAddress host = InetAddress.getByName(url.getHost());
      if (!host.isLoopbackAddress()) {
        throw new IllegalArgumentException(
            "load runs only against loopback addresses, not " + url.getHost());
      }
      int port = url.getPort() > 0 ? url.getPort() : 80;
      return new InetSocketAddress(host, port);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown host " + url.getHost(), e);
    }
  }
}
