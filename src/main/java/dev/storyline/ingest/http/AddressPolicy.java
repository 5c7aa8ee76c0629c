package dev.storyline.ingest.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which network addresses Storyline may connect to. By default only public unicast addresses:
 * loopback, private (RFC 1918), carrier-grade NAT (100.64/10), link-local (including the cloud
 * metadata address 169.254.169.254), IPv6 unique-local (fc00::/7, including fd00:ec2::254),
 * unspecified, multicast and reserved ranges are refused. IPv4 addresses embedded in IPv6 (mapped,
 * compatible, NAT64, 6to4) are judged by the IPv4 address they carry.
 */
public final class AddressPolicy {

  /** Kinds of non-public address. */
  public enum Category {
    LOOPBACK,
    PRIVATE,
    LINK_LOCAL,
    UNIQUE_LOCAL,
    CGNAT,
    UNSPECIFIED,
    MULTICAST,
    RESERVED
  }

  private final Set<Category> allowed;

  private AddressPolicy(Set<Category> allowed) {
    this.allowed = allowed.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(allowed);
  }

  /** Public addresses only. */
  public static AddressPolicy publicOnly() {
    return new AddressPolicy(Set.of());
  }

  /** Public addresses and the given kinds (tests allow {@link Category#LOOPBACK}). */
  public static AddressPolicy allowing(Category... kinds) {
    return new AddressPolicy(Set.of(kinds));
  }

  /** The operator's setting: every address when {@code allowPrivate}, else public only. */
  public static AddressPolicy of(boolean allowPrivate) {
    return allowPrivate ? allowing(Category.values()) : publicOnly();
  }

  /** Why an address is refused, or {@code null} when it may be used. */
  public String refusal(InetAddress address) {
    Category c = categorize(address);
    if (c == null || allowed.contains(c)) {
      return null;
    }
    return address.getHostAddress()
        + " is a "
        + c.name().toLowerCase().replace('_', '-')
        + " address; fetching it is not allowed (storyline.fetch.allow-private-addresses)";
  }

  /** The kind of non-public address, or {@code null} for a public unicast address. */
  static Category categorize(InetAddress address) {
    if (address instanceof Inet6Address v6) {
      byte[] embedded = embeddedIpv4(v6.getAddress());
      return embedded != null ? categorizeV4(embedded) : categorizeV6(v6.getAddress());
    }
    return categorizeV4(((Inet4Address) address).getAddress());
  }

  private static Category categorizeV4(byte[] a) {
    int b0 = a[0] & 0xff;
    int b1 = a[1] & 0xff;
    if (b0 == 127) {
      return Category.LOOPBACK;
    }
    if (b0 == 0) {
      return Category.UNSPECIFIED;
    }
    if (b0 == 10 || b0 == 172 && (b1 & 0xf0) == 16 || b0 == 192 && b1 == 168) {
      return Category.PRIVATE;
    }
    if (b0 == 169 && b1 == 254) {
      return Category.LINK_LOCAL;
    }
    if (b0 == 100 && (b1 & 0xc0) == 64) {
      return Category.CGNAT;
    }
    if (b0 >= 224 && b0 <= 239) {
      return Category.MULTICAST;
    }
    if (b0 >= 240 || b0 == 192 && b1 == 0 && (a[2] & 0xff) == 0 || b0 == 198 && (b1 & 0xfe) == 18) {
      return Category.RESERVED;
    }
    return null;
  }

  private static Category categorizeV6(byte[] a) {
    boolean zeroPrefix = true;
    for (int i = 0; i < 15; i++) {
      zeroPrefix &= a[i] == 0;
    }
    if (zeroPrefix && a[15] == 1) {
      return Category.LOOPBACK;
    }
    if (zeroPrefix && a[15] == 0) {
      return Category.UNSPECIFIED;
    }
    int b0 = a[0] & 0xff;
    if (b0 == 0xfe && (a[1] & 0xc0) == 0x80) {
      return Category.LINK_LOCAL;
    }
    if (b0 == 0xfe && (a[1] & 0xc0) == 0xc0) {
      return Category.PRIVATE; // deprecated site-local fec0::/10
    }
    if ((b0 & 0xfe) == 0xfc) {
      return Category.UNIQUE_LOCAL;
    }
    if (b0 == 0xff) {
      return Category.MULTICAST;
    }
    if (b0 == 0x20 && a[1] == 0x01 && a[2] == 0x0d && (a[3] & 0xff) == 0xb8) {
      return Category.RESERVED; // documentation 2001:db8::/32
    }
    return (b0 & 0xe0) == 0x20 ? null : Category.RESERVED; // only 2000::/3 is global unicast
  }

  /** The IPv4 address inside a mapped/compatible/NAT64/6to4 IPv6 address, else {@code null}. */
  private static byte[] embeddedIpv4(byte[] a) {
    boolean first10Zero = true;
    for (int i = 0; i < 10; i++) {
      first10Zero &= a[i] == 0;
    }
    boolean mapped = first10Zero && a[10] == (byte) 0xff && a[11] == (byte) 0xff;
    boolean compatible = first10Zero && a[10] == 0 && a[11] == 0 && (a[12] | a[13]) != 0;
    boolean nat64 = a[0] == 0 && a[1] == 0x64 && a[2] == (byte) 0xff && a[3] == (byte) 0x9b;
    if (mapped || compatible || nat64) {
      return new byte[] {a[12], a[13], a[14], a[15]};
    }
    if (a[0] == 0x20 && a[1] == 0x02) {
      return new byte[] {a[2], a[3], a[4], a[5]}; // 6to4
    }
    return null;
  }
}
