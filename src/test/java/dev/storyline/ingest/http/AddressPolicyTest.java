package dev.storyline.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {
  private final AddressPolicy strict = AddressPolicy.publicOnly();

  private String refusal(String literal) throws Exception {
    return strict.refusal(InetAddress.getByName(literal));
  }

  @Test
  void refusesEveryNonPublicRange() throws Exception {
    for (String a :
        new String[] {
          "127.0.0.1",
          "127.9.9.9",
          "10.1.2.3",
          "172.16.0.1",
          "172.31.255.255",
          "192.168.1.1",
          "169.254.169.254",
          "100.64.0.1",
          "100.127.255.254",
          "0.0.0.0",
          "224.0.0.1",
          "::1",
          "::",
          "fe80::1",
          "fc00::1",
          "fd00:ec2::254",
          "::ffff:127.0.0.1",
          "::ffff:169.254.169.254",
          "64:ff9b::a00:1",
          "2002:a00:1::1",
          "ff02::1"
        }) {
      assertThat(refusal(a)).as(a).isNotNull();
    }
  }

  @Test
  void allowsPublicAddressesNextToTheRanges() throws Exception {
    for (String a :
        new String[] {
          "8.8.8.8",
          "172.32.0.1",
          "172.15.255.255",
          "100.128.0.1",
          "169.253.1.1",
          "11.0.0.1",
          "2606:4700::1111",
          "::ffff:8.8.8.8"
        }) {
      assertThat(refusal(a)).as(a).isNull();
    }
  }

  @Test
  void theMessageNamesTheKindAndTheSetting() throws Exception {
    assertThat(refusal("169.254.169.254"))
        .contains("link-local")
        .contains("allow-private-addresses");
  }

  @Test
  void operatorSettingAllowsPrivateAndTestsMayAllowOnlyLoopback() throws Exception {
    assertThat(AddressPolicy.of(true).refusal(InetAddress.getByName("10.0.0.1"))).isNull();
    AddressPolicy loopback = AddressPolicy.allowing(AddressPolicy.Category.LOOPBACK);
    assertThat(loopback.refusal(InetAddress.getByName("127.0.0.1"))).isNull();
    assertThat(loopback.refusal(InetAddress.getByName("192.168.0.1"))).isNotNull();
  }
}
