package dev.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFingerprintTest {

  @Test
  void spacingCaseAndQuoteStyleDoNotChangeTheFingerprint() {
    String a =
        TextFingerprint.of(
            "Port deal signed", "The council “approved” the deal.\n\nIt passed 7-2.");
    String b =
        TextFingerprint.of("PORT  DEAL SIGNED", "The council \"approved\" the deal. It passed 7 2");
    assertThat(a).isEqualTo(b).hasSize(64);
  }

  @Test
  void differentWordsGiveDifferentFingerprints() {
    assertThat(TextFingerprint.of("Port deal signed", "It passed 7-2."))
        .isNotEqualTo(TextFingerprint.of("Port deal signed", "It passed 6-3."));
  }
}
