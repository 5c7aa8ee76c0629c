package dev.storyline.ingest.http;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Our own HTTP/1.1 client over plain sockets, as shipped until OkHttp replaced it (kept in the test
 * sources as the baseline of {@link FetchBench} and of the hostile-server and conformance tests):
 * one request per connection, connected only to the already checked addresses (and the connected
 * peer checked again), TLS with SNI and host name verification, at most {@link #MAX_INFORMATIONAL}
 * informational (1xx) answers, and a watchdog that closes the socket when the deadline passes,
 * whatever the exchange is doing then (connecting, the TLS handshake, reading). Thread-safe.
 */
final class SocketTransport implements Transport {
  private static final int MAX_HEADER_BYTES = 64 * 1024;
  private static final int MAX_HEADERS = 200;

  /** Informational answers (100 Continue, 103 Early Hints…) skipped at most before the real one. */
  static final int MAX_INFORMATIONAL = 10;

  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "fetch-deadline");
            t.setDaemon(true);
            return t;
          });

  private final FetchSettings settings;
  private final AddressPolicy policy;

  SocketTransport(FetchSettings settings, AddressPolicy policy) {
    this.settings = settings;
    this.policy = policy;
  }

  @Override
  public Answer exchange(Transport.Request r) throws IOException {
    URI uri = r.uri();
    String host = r.host();
    long deadline = r.deadlineNanos();
    boolean tls = uri.getScheme().equalsIgnoreCase("https");
    int port = uri.getPort() == -1 ? (tls ? 443 : 80) : uri.getPort();
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw deadlinePassed(host, null);
    }
    AtomicReference<Socket> current = new AtomicReference<>();
    AtomicBoolean expired = new AtomicBoolean();
    ScheduledFuture<?> watchdog =
        WATCHDOG.schedule(
            () -> {
              expired.set(true);
              Socket s = current.get();
              if (s != null) {
                closeQuietly(s);
              }
            },
            left,
            TimeUnit.NANOSECONDS);
    try (Socket socket = connect(current, expired, host, port, r.addresses(), tls)) {
      socket.getOutputStream().write(request(uri, host, port, tls, r.conditional()));
      socket.getOutputStream().flush();
      InputStream in =
          new BufferedInputStream(
              new SocketStreams.Deadline(socket.getInputStream(), deadline, host), 16 * 1024);
      return read(in);
    } catch (IOException e) {
      throw expired.get() ? deadlinePassed(host, e) : e;
    } finally {
      watchdog.cancel(false);
    }
  }

  private static FetchException deadlinePassed(String host, IOException cause) {
    return new FetchException(
        FetchException.Kind.TIMEOUT,
        host + " did not finish answering in time (overall fetch deadline passed)",
        cause);
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // closing is all we wanted
    }
  }

  /** Tries the checked addresses in turn; the watchdog closes whichever socket is current. */
  private Socket connect(
      AtomicReference<Socket> current,
      AtomicBoolean expired,
      String host,
      int port,
      List<InetAddress> addresses,
      boolean tls)
      throws IOException {
    IOException last = null;
    for (InetAddress address : addresses) {
      Socket socket = new Socket();
      current.set(socket);
      if (expired.get()) {
        socket.close();
        throw deadlinePassed(host, last);
      }
      try {
        socket.connect(new InetSocketAddress(address, port), millis(settings.connectTimeout()));
        verifyPeer(socket, host);
        socket.setSoTimeout(millis(settings.readTimeout()));
        return tls ? tls(socket, host, port) : socket;
      } catch (SocketTimeoutException e) {
        socket.close();
        last =
            new FetchException(
                FetchException.Kind.TIMEOUT, "connecting to " + host + " timed out", e);
      } catch (FetchException e) {
        socket.close();
        throw e;
      } catch (IOException e) {
        socket.close();
        last = e;
      }
    }
    throw last;
  }

  /** The address actually connected to must itself be allowed (not just the one looked up). */
  private void verifyPeer(Socket socket, String host) throws FetchException {
    InetAddress peer = socket.getInetAddress();
    String refusal = peer == null ? "an unknown address" : policy.refusal(peer);
    if (refusal != null) {
      throw new FetchException(
          FetchException.Kind.BLOCKED_ADDRESS, host + " connected to " + refusal);
    }
  }

  private Socket tls(Socket plain, String host, int port) throws IOException {
    SSLSocket s =
        (SSLSocket)
            ((SSLSocketFactory) SSLSocketFactory.getDefault())
                .createSocket(plain, host, port, true);
    SSLParameters p = s.getSSLParameters();
    p.setEndpointIdentificationAlgorithm("HTTPS");
    if (!host.contains(":") && !host.matches("[0-9.]+")) {
      p.setServerNames(List.of(new SNIHostName(host)));
    }
    s.setSSLParameters(p);
    s.startHandshake();
    return s;
  }

  private byte[] request(
      URI uri, String host, int port, boolean tls, SafeFetcher.Conditional cond) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String target = path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    String hostHeader =
        (host.contains(":") ? "[" + host + "]" : host)
            + (port == (tls ? 443 : 80) ? "" : ":" + port);
    StringBuilder sb =
        new StringBuilder()
            .append("GET ")
            .append(target)
            .append(" HTTP/1.1\r\n")
            .append("Host: ")
            .append(hostHeader)
            .append("\r\n")
            .append("User-Agent: ")
            .append(settings.userAgent())
            .append("\r\n")
            .append("Accept: ")
            .append(ACCEPT)
            .append("\r\n")
            .append("Accept-Encoding: gzip, deflate\r\n")
            .append("Connection: close\r\n");
    if (cond.etag() != null) {
      sb.append("If-None-Match: ").append(oneLine(cond.etag())).append("\r\n");
    }
    if (cond.lastModified() != null) {
      sb.append("If-Modified-Since: ").append(oneLine(cond.lastModified())).append("\r\n");
    }
    return sb.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private Answer read(InputStream in) throws IOException {
    for (int informational = 0; ; informational++) {
      InputStream headerIn =
          new Streams.Limit(
              in, MAX_HEADER_BYTES, "response headers larger than " + MAX_HEADER_BYTES + " bytes");
      String statusLine = SocketStreams.line(headerIn, 8192);
      while (statusLine.isEmpty()) {
        statusLine = SocketStreams.line(headerIn, 8192);
      }
      String[] parts = statusLine.split(" ", 3);
      if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
        throw new FetchException(
            FetchException.Kind.PROTOCOL,
            "not an HTTP answer: \"" + Streams.abbreviate(statusLine) + "\"");
      }
      int status = parseStatus(parts[1]);
      Map<String, List<String>> headers = headers(headerIn);
      if (status / 100 == 1) {
        if (informational >= MAX_INFORMATIONAL) {
          throw new FetchException(
              FetchException.Kind.PROTOCOL,
              "more than "
                  + MAX_INFORMATIONAL
                  + " informational (1xx) answers before the real one");
        }
        continue;
      }
      byte[] body =
          Answer.bodiless(status) ? new byte[0] : SocketStreams.read(settings, in, headers);
      return new Answer(status, parts.length > 2 ? parts[2] : "", headers, body);
    }
  }

  private static int parseStatus(String s) throws FetchException {
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      throw new FetchException(
          FetchException.Kind.PROTOCOL, "bad HTTP status \"" + Streams.abbreviate(s) + "\"");
    }
  }

  private static Map<String, List<String>> headers(InputStream in) throws IOException {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    int count = 0;
    for (String line = SocketStreams.line(in, 16 * 1024);
        !line.isEmpty();
        line = SocketStreams.line(in, 16 * 1024)) {
      if (++count > MAX_HEADERS) {
        throw new FetchException(
            FetchException.Kind.TOO_LARGE, "more than " + MAX_HEADERS + " response headers");
      }
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers
            .computeIfAbsent(
                line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(line.substring(colon + 1).trim());
      }
    }
    return headers;
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\r\\n]", "");
  }

  private static int millis(java.time.Duration d) {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, d.toMillis()));
  }
}
