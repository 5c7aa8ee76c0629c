package dev.storyline.ingest.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import javax.net.SocketFactory;

/**
 * The SSRF guard as the HTTP client sees it: a name lookup that refuses a host when any of its
 * addresses is not allowed, and sockets that refuse to connect to an address that is not allowed
 * (whatever the lookup said, so a second lookup answering differently cannot slip through).
 */
final class PinnedSockets {
  private PinnedSockets() {}

  /** Marks the two refusals so that the client's wrapping exceptions can be seen through. */
  interface Refusal {}

  /** A host name whose addresses include one that is not allowed. */
  static final class RefusedHost extends UnknownHostException implements Refusal {
    RefusedHost(String message) {
      super(message);
    }
  }

  /** A connection attempt to an address that is not allowed. */
  static final class RefusedAddress extends ConnectException implements Refusal {
    RefusedAddress(String message) {
      super(message);
    }
  }

  /** Resolves with {@code resolver} and refuses the host when any address is not allowed. */
  static List<InetAddress> lookup(String host, SafeFetcher.Resolver resolver, AddressPolicy policy)
      throws UnknownHostException {
    InetAddress[] all = resolver.resolve(host);
    if (all == null || all.length == 0) {
      throw new UnknownHostException("no address for host: " + host);
    }
    for (InetAddress a : all) {
      String refusal = policy.refusal(a);
      if (refusal != null) {
        throw new RefusedHost(
            host.equals(a.getHostAddress()) ? refusal : host + " resolves to " + refusal);
      }
    }
    return List.of(all);
  }

  /** Finds a refusal in {@code e}, its causes or their suppressed exceptions, or {@code null}. */
  static IOException refusal(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof Refusal) {
        return (IOException) t;
      }
      for (Throwable s : t.getSuppressed()) {
        IOException r = refusal(s);
        if (r != null) {
          return r;
        }
      }
    }
    return null;
  }

  /** Plain sockets that check the address at {@code connect}. */
  static final class Factory extends SocketFactory {
    private final AddressPolicy policy;

    Factory(AddressPolicy policy) {
      this.policy = policy;
    }

    @Override
    public Socket createSocket() {
      return new GuardedSocket(policy);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
      return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
        throws IOException {
      return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
      return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int lp)
        throws IOException {
      return connected(new InetSocketAddress(address, port));
    }

    private Socket connected(InetSocketAddress to) throws IOException {
      Socket s = createSocket();
      s.connect(to);
      return s;
    }
  }

  private static final class GuardedSocket extends Socket {
    private final AddressPolicy policy;

    GuardedSocket(AddressPolicy policy) {
      this.policy = policy;
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
      InetAddress to =
          endpoint instanceof InetSocketAddress isa && !isa.isUnresolved()
              ? isa.getAddress()
              : null;
      String refusal =
          to == null ? "an unresolved address is not connected to" : policy.refusal(to);
      if (refusal != null) {
        close();
        throw new RefusedAddress(refusal);
      }
      super.connect(endpoint, timeout);
    }
  }
}
