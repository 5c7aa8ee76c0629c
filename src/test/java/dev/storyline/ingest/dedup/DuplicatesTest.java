package dev.storyline.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.domain.Article;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DuplicatesTest {
  private static final String WIRE =
      "Engineers found cracks in the northern dam on Monday and the regional water board ordered"
          + " the reservoir lowered by two metres while divers inspect the concrete wall. Residents"
          + " downstream were told there is no immediate danger, but the board closed the road"
          + " across the crest and asked farmers to move livestock away from the river banks until"
          + " the inspection ends later this week.";

  private static Article article(String id, String text) {
    return new Article(
        id, "Outlet", null, Instant.parse("2026-03-01T12:00:00Z"), "Dam", text, null);
  }

  @Test
  void anExactMatchWinsOverEverythingElse() {
    assertThat(Duplicates.judge(article("a2", WIRE), "a1", Map.of("a3", "Dam\n" + WIRE)))
        .isEqualTo(new Duplicates.Verdict.Exact("a1"));
  }

  @Test
  void aRewordedLeadIsANearDuplicateAnUnrelatedNeighbourIsNot() {
    Map<String, String> candidates = new LinkedHashMap<>();
    candidates.put("other", "Budget\nThe council passed its budget after a long night of talks.");
    candidates.put("wire", "Dam\n(Wire) " + WIRE);
    assertThat(Duplicates.judge(article("a2", "By a staff reporter. " + WIRE), null, candidates))
        .isEqualTo(new Duplicates.Verdict.Near("wire"));
  }

  @Test
  void aNewArticleCarriesItsSimHashAndATooShortTextHasNone() {
    Article a = article("a2", WIRE);
    assertThat(Duplicates.judge(a, null, Map.of()))
        .isEqualTo(new Duplicates.Verdict.New(SimHash.of(Duplicates.text(a))))
        .isNotEqualTo(new Duplicates.Verdict.New(0));
    assertThat(Duplicates.judge(article("a3", "Too short to judge."), null, Map.of()))
        .isEqualTo(new Duplicates.Verdict.New(0));
  }
}
