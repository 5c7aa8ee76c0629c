package dev.storyline.ingest.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;

/**
 * Sends one GET and reads its answer, without following redirects. Implementations connect only to
 * addresses the {@link AddressPolicy} allows, and give up with {@link FetchException.Kind#TIMEOUT}
 * once {@code deadlineNanos} ({@link System#nanoTime()}) passes, whatever they are doing then
 * (resolving, connecting, the TLS handshake, reading headers or body).
 */
interface Transport {

  /**
   * One request.
   *
   * @param uri the address to get
   * @param host its host name (without brackets)
   * @param addresses the host's addresses, already checked against the policy
   * @param conditional validators to send
   * @param deadlineNanos when the whole fetch must end, on the {@link System#nanoTime()} clock
   */
  record Request(
      URI uri,
      String host,
      List<InetAddress> addresses,
      SafeFetcher.Conditional conditional,
      long deadlineNanos) {}

  Answer exchange(Request request) throws IOException;

  /** The Accept header both clients send. */
  String ACCEPT =
      "application/rss+xml, application/atom+xml, application/feed+json,"
          + " application/xml;q=0.9, text/html;q=0.8, */*;q=0.5";
}
