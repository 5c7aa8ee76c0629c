package dev.storyline.account;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The network a request comes from, as the abuse limits count it: an IPv4 address, or the /64 an
 * IPv6 address belongs to (one subscriber usually gets a whole /64, so counting single IPv6
 * addresses would let a client rotate through millions of them). The request's address is the
 * peer's, or the client's named in {@code X-Forwarded-For} when the peer is one of the operator's
 * trusted proxies ({@link TrustedProxies}).
 */
public final class ClientAddress {
  private ClientAddress() {}

  /** The group of {@code address} (an IP literal as the servlet container reports it). */
  public static String group(String address) {
    if (address == null || address.isBlank()) {
      return "unknown";
    }
    boolean literal =
        address.contains(":") && address.matches("[0-9A-Fa-f:.]+(%\\w+)?")
            || address.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    if (!literal) {
      return address; // not an IP literal: never looked up, counted as it is
    }
    try {
      InetAddress a = InetAddress.getByName(address.replaceAll("%.*", ""));
      if (a instanceof Inet6Address) {
        byte[] b = a.getAddress();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
          s.append(Integer.toHexString(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff))).append(':');
        }
        return s.append(":/64").toString();
      }
      return a instanceof Inet4Address ? a.getHostAddress() : address;
    } catch (UnknownHostException e) {
      return address;
    }
  }
}
