package dev.storyline.ingest.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fetches a URL safely (see the package description): SSRF guard on every hop, at most {@link
 * FetchSettings#maxRedirects()} redirects followed by hand, conditional GET, bounded bodies.
 * Thread-safe; each call uses its own connection.
 */
public final class SafeFetcher {

  /** Resolves a host name to all its addresses. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /**
   * Validators from an earlier answer, sent so an unchanged resource answers 304.
   *
   * @param etag the ETag, or {@code null}
   * @param lastModified the Last-Modified value, or {@code null}
   */
  public record Conditional(String etag, String lastModified) {
    public static final Conditional NONE = new Conditional(null, null);
  }

  private final FetchSettings settings;
  private final AddressPolicy policy;
  private final Resolver resolver;
  private final Transport transport;

  public SafeFetcher(FetchSettings settings, AddressPolicy policy) {
    this(settings, policy, InetAddress::getAllByName);
  }

  public SafeFetcher(FetchSettings settings, AddressPolicy policy, Resolver resolver) {
    this(settings, policy, resolver, new OkHttpTransport(settings, policy, resolver));
  }

  /** With another client underneath (tests and the fetch benchmark compare clients). */
  SafeFetcher(
      FetchSettings settings, AddressPolicy policy, Resolver resolver, Transport transport) {
    this.settings = settings;
    this.policy = policy;
    this.resolver = resolver;
    this.transport = transport;
  }

  public FetchSettings settings() {
    return settings;
  }

  /** Fetches {@code url} without validators. */
  public FetchResponse fetch(String url) throws FetchException {
    return fetch(parse(url), Conditional.NONE);
  }

  /** Fetches {@code uri}, following redirects; 304 is returned, other non-2xx answers throw. */
  public FetchResponse fetch(URI uri, Conditional conditional) throws FetchException {
    long deadline = System.nanoTime() + settings.totalTimeout().toNanos();
    Set<URI> visited = new LinkedHashSet<>();
    URI current = uri;
    while (true) {
      check(current);
      if (!visited.add(current)) {
        throw new FetchException(
            FetchException.Kind.TOO_MANY_REDIRECTS,
            "redirect loop: " + Redact.uri(current) + " was already visited");
      }
      Answer answer = exchange(current, conditional, deadline);
      if (answer.isRedirect()) {
        if (visited.size() > settings.maxRedirects()) {
          throw new FetchException(
              FetchException.Kind.TOO_MANY_REDIRECTS,
              "more than "
                  + settings.maxRedirects()
                  + " redirects, last to "
                  + Redact.uri(current));
        }
        current = resolveLocation(current, answer.location());
        continue;
      }
      if (answer.status() == 304 || answer.status() / 100 == 2) {
        return new FetchResponse(current, answer.status(), answer.headers(), answer.body());
      }
      throw new FetchException(
          FetchException.Kind.HTTP_STATUS,
          "the server answered "
              + answer.status()
              + " "
              + answer.reason()
              + " for "
              + Redact.uri(current));
    }
  }

  private Answer exchange(URI uri, Conditional conditional, long deadline) throws FetchException {
    String host = host(uri);
    List<InetAddress> addresses = checkedAddresses(host);
    try {
      return transport.exchange(new Transport.Request(uri, host, addresses, conditional, deadline));
    } catch (FetchException e) {
      throw e;
    } catch (IOException e) {
      throw new FetchException(
          FetchException.Kind.CONNECT,
          "could not talk to "
              + host
              + ": "
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"),
          e);
    }
  }

  /** Resolves the host and refuses it when any of its addresses is not allowed. */
  List<InetAddress> checkedAddresses(String host) throws FetchException {
    InetAddress[] all;
    try {
      all = resolver.resolve(host);
    } catch (UnknownHostException e) {
      throw new FetchException(FetchException.Kind.UNKNOWN_HOST, "no such host: " + host, e);
    }
    if (all == null || all.length == 0) {
      throw new FetchException(FetchException.Kind.UNKNOWN_HOST, "no address for host: " + host);
    }
    for (InetAddress a : all) {
      String refusal = policy.refusal(a);
      if (refusal != null) {
        throw new FetchException(
            FetchException.Kind.BLOCKED_ADDRESS,
            host.equals(a.getHostAddress()) ? refusal : host + " resolves to " + refusal);
      }
    }
    return List.of(all);
  }

  private static URI resolveLocation(URI base, String location) throws FetchException {
    try {
      return base.resolve(new URI(location.trim().replace(" ", "%20")));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new FetchException(FetchException.Kind.PROTOCOL, "redirect to an unreadable address");
    }
  }

  static URI parse(String url) throws FetchException {
    try {
      return new URI(url.trim());
    } catch (URISyntaxException e) {
      throw new FetchException(
          FetchException.Kind.BAD_URL, "not a valid address: " + Redact.url(url));
    }
  }

  private static void check(URI uri) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(
          FetchException.Kind.BAD_URL,
          "only http and https addresses are fetched, not \"" + scheme + ":\"");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw new FetchException(
          FetchException.Kind.BAD_URL, "address without a host: " + Redact.uri(uri));
    }
  }

  private static String host(URI uri) {
    String h = uri.getHost();
    return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
  }
}
