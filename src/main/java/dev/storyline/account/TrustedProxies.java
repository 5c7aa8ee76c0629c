package dev.storyline.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Believes {@code X-Forwarded-For} (and {@code X-Forwarded-Proto}) only from the reverse proxies
 * the operator names in {@code storyline.readers.trusted-proxies} (IP addresses): Tomcat's {@link
 * RemoteIpValve} then reports the client's address as the request's, so that the abuse limits count
 * readers, not the proxy. With none named (the default) the headers are ignored, so a client cannot
 * pick the address it is counted under.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
  private final List<String> proxies;

  TrustedProxies(ReaderProperties props) {
    this.proxies =
        props.trustedProxies().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    if (proxies.isEmpty()) {
      return;
    }
    RemoteIpValve valve = new RemoteIpValve();
    valve.setRemoteIpHeader("X-Forwarded-For");
    valve.setProtocolHeader("X-Forwarded-Proto");
    valve.setInternalProxies(pattern(proxies));
    valve.setTrustedProxies(null);
    factory.addEngineValves(valve);
  }

  /** The addresses as Tomcat writes them, as one exact-match regular expression. */
  static String pattern(List<String> addresses) {
    return addresses.stream()
        .map(TrustedProxies::canonical)
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }

  private static String canonical(String literal) {
    if (!literal.matches("[0-9A-Fa-f:.]+")) {
      throw new IllegalArgumentException(
          "storyline.readers.trusted-proxies takes IP addresses, not \"" + literal + "\"");
    }
    try {
      return InetAddress.getByName(literal).getHostAddress(); // a literal: no lookup
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(
          "storyline.readers.trusted-proxies: not an IP address: " + literal, e);
    }
  }
}
