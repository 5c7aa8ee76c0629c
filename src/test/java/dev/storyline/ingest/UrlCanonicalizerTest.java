package dev.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {

  @Test
  void sameArticleThroughDifferentLinksHasOneCanonicalForm() {
    String canonical = "https://harborledger.example/2026/11/port-deal";
    assertThat(UrlCanonicalizer.canonicalize("http://www.HarborLedger.example/2026/11/port-deal/"))
        .isEqualTo(canonical);
    assertThat(
            UrlCanonicalizer.canonicalize(
                "https://harborledger.example:443/2026/11/port-deal?utm_source=x&utm_medium=y#comments"))
        .isEqualTo(canonical);
    assertThat(
            UrlCanonicalizer.canonicalize(
                "https://harborledger.example/2026/11/port-deal?fbclid=abc"))
        .isEqualTo(canonical);
  }

  @Test
  void meaningfulParametersAreKeptAndSorted() {
    assertThat(UrlCanonicalizer.canonicalize("https://a.example/story?page=2&id=7&utm_campaign=z"))
        .isEqualTo("https://a.example/story?id=7&page=2");
  }

  @Test
  void nonHttpOrBrokenUrlsHaveNoCanonicalForm() {
    assertThat(UrlCanonicalizer.canonicalize(null)).isNull();
    assertThat(UrlCanonicalizer.canonicalize("  ")).isNull();
    assertThat(UrlCanonicalizer.canonicalize("javascript:alert(1)")).isNull();
    assertThat(UrlCanonicalizer.canonicalize("ftp://a.example/x")).isNull();
    assertThat(UrlCanonicalizer.canonicalize("http://exa mple.com/ x")).isNull();
  }

  @Test
  void nonDefaultPortIsKept() {
    assertThat(UrlCanonicalizer.canonicalize("http://a.example:8080/x"))
        .isEqualTo("https://a.example:8080/x");
  }
}
