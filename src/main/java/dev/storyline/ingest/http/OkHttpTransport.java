package dev.storyline.ingest.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ProtocolException;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * One GET through OkHttp with the SSRF guard plugged into it: its name lookup refuses a host with
 * any address that is not allowed, and its sockets refuse to connect to one ({@link
 * PinnedSockets}), so the address connected to is always an allowed one, even when a second lookup
 * answers differently (DNS rebinding). No proxy, no cache, no retries, no redirects (the caller
 * follows them and checks each one). The call's deadline covers the lookup, connecting, the TLS
 * handshake and reading the whole body. Thread-safe; connections are pooled.
 */
final class OkHttpTransport implements Transport {
  private final FetchSettings settings;
  private final AddressPolicy policy;
  private final SafeFetcher.Resolver resolver;
  private volatile OkHttpClient client;

  OkHttpTransport(FetchSettings settings, AddressPolicy policy, SafeFetcher.Resolver resolver) {
    this.settings = settings;
    this.policy = policy;
    this.resolver = resolver;
  }

  /**
   * Built at the first fetch, not at start-up: building loads the TLS trust store and OkHttp's
   * classes (about a second on a busy 2-core machine), which commands that never fetch need not
   * pay.
   */
  private OkHttpClient client() {
    OkHttpClient c = client;
    if (c == null) {
      synchronized (this) {
        c = client;
        if (c == null) {
          client = c = build();
        }
      }
    }
    return c;
  }

  private OkHttpClient build() {
    return new OkHttpClient.Builder()
        .dns(host -> PinnedSockets.lookup(host, resolver, policy))
        .socketFactory(new PinnedSockets.Factory(policy))
        .proxy(Proxy.NO_PROXY)
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .connectTimeout(settings.connectTimeout())
        .readTimeout(settings.readTimeout())
        .writeTimeout(settings.readTimeout())
        .build();
  }

  @Override
  public Answer exchange(Transport.Request r) throws IOException {
    long left = r.deadlineNanos() - System.nanoTime();
    if (left <= 0) {
      throw deadline(r.host());
    }
    Call call = client().newCall(request(r));
    call.timeout().timeout(left, TimeUnit.NANOSECONDS);
    try (Response response = call.execute()) {
      int status = response.code();
      ResponseBody body = response.body();
      byte[] bytes =
          Answer.bodiless(status)
              ? new byte[0]
              : new BodyReader(settings)
                  .entity(
                      body.byteStream(), body.contentLength(), response.header("content-encoding"));
      return new Answer(status, response.message(), headers(response.headers()), bytes);
    } catch (IOException e) {
      throw translate(e, r, call);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new FetchException(
          FetchException.Kind.PROTOCOL,
          r.host() + " sent an unreadable answer (" + e.getMessage() + ")",
          e);
    }
  }

  private okhttp3.Request request(Transport.Request r) throws FetchException {
    HttpUrl url = HttpUrl.parse(r.uri().toString());
    if (url == null) {
      throw new FetchException(
          FetchException.Kind.BAD_URL, "not a valid address: " + Redact.uri(r.uri()));
    }
    okhttp3.Request.Builder b =
        new okhttp3.Request.Builder()
            .url(url)
            .header("User-Agent", settings.userAgent())
            .header("Accept", ACCEPT)
            .header("Accept-Encoding", "gzip, deflate"); // we decode (and bound) it ourselves
    if (r.conditional().etag() != null) {
      b.header("If-None-Match", headerValue(r.conditional().etag()));
    }
    if (r.conditional().lastModified() != null) {
      b.header("If-Modified-Since", headerValue(r.conditional().lastModified()));
    }
    return b.build();
  }

  private IOException translate(IOException e, Transport.Request r, Call call) {
    if (e instanceof FetchException) {
      return e;
    }
    IOException refused = PinnedSockets.refusal(e);
    if (refused != null) {
      return new FetchException(FetchException.Kind.BLOCKED_ADDRESS, refused.getMessage(), e);
    }
    if (System.nanoTime() - r.deadlineNanos() >= 0 || call.isCanceled()) {
      FetchException d = deadline(r.host());
      d.initCause(e);
      return d;
    }
    if (e instanceof SocketTimeoutException) {
      return new FetchException(
          FetchException.Kind.TIMEOUT, r.host() + " stopped answering (read timeout)", e);
    }
    if (e instanceof InterruptedIOException) {
      return deadline(r.host());
    }
    if (e instanceof UnknownHostException) {
      return new FetchException(FetchException.Kind.UNKNOWN_HOST, "no such host: " + r.host(), e);
    }
    if (causedBy(e, EOFException.class)) {
      // also how OkHttp ends an answer whose header block (informational answers included) passes
      // its 256 KiB allowance
      return new FetchException(
          FetchException.Kind.PROTOCOL,
          r.host() + " ended the answer early or sent more than 256 KiB of headers",
          e);
    }
    if (e instanceof ProtocolException) {
      return new FetchException(
          FetchException.Kind.PROTOCOL,
          r.host() + " broke the HTTP protocol (" + e.getMessage() + ")",
          e);
    }
    return e;
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (kind.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private FetchException deadline(String host) {
    long ms = settings.totalTimeout().toMillis();
    return new FetchException(
        FetchException.Kind.TIMEOUT,
        host
            + " did not finish sending in time (overall fetch deadline of "
            + (ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms")
            + " passed)");
  }

  private static Map<String, List<String>> headers(Headers h) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (int i = 0; i < h.size(); i++) {
      out.computeIfAbsent(h.name(i).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(h.value(i));
    }
    return out;
  }

  /** A stored validator as a header value: printable ASCII only (OkHttp refuses the rest). */
  private static String headerValue(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.chars().filter(c -> c == '\t' || c >= 0x20 && c < 0x7f).forEach(c -> b.append((char) c));
    return b.toString();
  }
}
