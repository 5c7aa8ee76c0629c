package dev.storyline.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroundingTest {
  private static final List<String> SOURCES =
      List.of(
          "The Meridian Port Authority said on Tuesday that 1,200 dockworkers would return in March.",
          "Harbor Union leader Adaeze Okafor welcomed the deal.");

  @Test
  void aSentenceMadeOfSourceNamesNumbersAndDatesIsGrounded() {
    assertThat(
            Grounding.grounded("Okafor welcomed the return of 1200 dockworkers in March.", SOURCES))
        .isTrue();
    assertThat(Grounding.grounded("The deal brings dockworkers back on Tuesday.", SOURCES))
        .isTrue();
  }

  @Test
  void inventedNamesNumbersAndDatesAreReported() {
    assertThat(
            Grounding.unsupported("Okafor said 1,500 dockworkers would return in April.", SOURCES))
        .containsExactlyInAnyOrder("April", "1500");
    assertThat(Grounding.unsupported("Governor Lena Brandt welcomed the deal.", SOURCES))
        .containsExactlyInAnyOrder("Governor", "Lena", "Brandt");
  }

  @Test
  void aCutNumberIsNotTheSourceNumber() {
    assertThat(
            Grounding.unsupported(
                "El Paso, a city nearly 1", List.of("El Paso, a city nearly 1,000 miles away.")))
        .containsExactly("1");
  }
}
