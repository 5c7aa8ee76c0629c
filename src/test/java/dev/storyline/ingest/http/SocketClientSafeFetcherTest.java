package dev.storyline.ingest.http;

/** Every {@link SafeFetcherTest} case on the baseline socket client too. */
class SocketClientSafeFetcherTest extends SafeFetcherTest {
  @Override
  Clients client() {
    return Clients.SOCKETS;
  }
}
