package dev.storyline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BriefGapsTest {
  @Test
  void aBriefListsItsGapsInPageOrderWhateverOrderTheyCameIn() {
    List<String> reversed = new ArrayList<>(Brief.SECTIONS);
    java.util.Collections.reverse(reversed);
    Map<String, String> gaps = new LinkedHashMap<>();
    gaps.put("saga", "No storyline yet.");
    reversed.forEach(k -> gaps.put(k, "Nothing for " + k + " yet."));
    Brief b =
        new Brief(
            "s1",
            Line.of("Ferry crews accept pay deal", SourceRef.title("a")),
            List.of(),
            List.of(),
            List.of(),
            new Brief.Explainer(List.of(), List.of()),
            List.of(),
            new Brief.Noise(30, "Moderate", 1, 1, 0, "One article.", false),
            new Brief.Forecast(List.of(), Brief.Forecast.DISCLAIMER),
            List.of(),
            List.of(),
            gaps,
            Instant.EPOCH,
            "extractive");
    List<String> expected = new ArrayList<>(Brief.SECTIONS);
    expected.add("saga");
    assertThat(b.gaps().keySet()).containsExactlyElementsOf(expected);
    assertThat(b.gaps()).containsEntry("summary", "Nothing for summary yet.");
  }
}
