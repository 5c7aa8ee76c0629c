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
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/** One HTTP/1.1 request and answer over a socket connected to an already checked address. */
final class HttpExchange {
  private static final int MAX_HEADER_BYTES = 64 * 1024;
  private static final int MAX_HEADERS = 200;

  /**
   * A raw answer: status, headers (lower-case names) and the decoded body (empty for redirects).
   */
  record Answer(int status, String reason, Map<String, List<String>> headers, byte[] body) {
    boolean isRedirect() {
      return (status == 301 || status == 302 || status == 303 || status == 307 || status == 308)
          && location() != null;
    }

    String location() {
      List<String> v = headers.get("location");
      return v == null || v.isEmpty() ? null : v.get(0);
    }
  }

  private final FetchSettings settings;
  private final AddressPolicy policy;
  private final long deadline;

  HttpExchange(FetchSettings settings, AddressPolicy policy, long deadline) {
    this.settings = settings;
    this.policy = policy;
    this.deadline = deadline;
  }

  Answer run(URI uri, String host, List<InetAddress> addresses, SafeFetcher.Conditional cond)
      throws IOException {
    boolean tls = uri.getScheme().equalsIgnoreCase("https");
    int port = uri.getPort() == -1 ? (tls ? 443 : 80) : uri.getPort();
    try (Socket socket = connect(host, port, addresses, tls)) {
      socket.getOutputStream().write(request(uri, host, port, tls, cond));
      socket.getOutputStream().flush();
      InputStream in =
          new BufferedInputStream(
              new Streams.Deadline(socket.getInputStream(), deadline, host), 16 * 1024);
      return read(in);
    }
  }

  private Socket connect(String host, int port, List<InetAddress> addresses, boolean tls)
      throws IOException {
    IOException last = null;
    for (InetAddress address : addresses) {
      Socket socket = new Socket();
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
            .append(
                "Accept: application/rss+xml, application/atom+xml, application/feed+json,"
                    + " application/xml;q=0.9, text/html;q=0.8, */*;q=0.5\r\n")
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
    InputStream headerIn =
        new Streams.Limit(
            in, MAX_HEADER_BYTES, "response headers larger than " + MAX_HEADER_BYTES + " bytes");
    String statusLine = Streams.line(headerIn, 8192);
    while (statusLine.isEmpty()) {
      statusLine = Streams.line(headerIn, 8192);
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
      return read(in);
    }
    boolean redirect = status / 100 == 3;
    byte[] body =
        redirect || status == 204 || status == 304
            ? new byte[0]
            : new BodyReader(settings).read(in, headers);
    return new Answer(status, parts.length > 2 ? parts[2] : "", headers, body);
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
    for (String line = Streams.line(in, 16 * 1024);
        !line.isEmpty();
        line = Streams.line(in, 16 * 1024)) {
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
