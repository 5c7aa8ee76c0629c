package dev.storyline.ingest.http;

import java.net.InetAddress;

/** The two HTTP clients the fetcher was measured with: the shipped one and our former own one. */
enum Clients {
  /** OkHttp, as shipped. */
  OKHTTP,
  /** Our own socket client, the baseline ({@link SocketTransport}). */
  SOCKETS;

  SafeFetcher fetcher(FetchSettings settings, AddressPolicy policy) {
    return fetcher(settings, policy, InetAddress::getAllByName);
  }

  SafeFetcher fetcher(FetchSettings settings, AddressPolicy policy, SafeFetcher.Resolver dns) {
    return this == OKHTTP
        ? new SafeFetcher(settings, policy, dns)
        : new SafeFetcher(settings, policy, dns, new SocketTransport(settings, policy));
  }
}
