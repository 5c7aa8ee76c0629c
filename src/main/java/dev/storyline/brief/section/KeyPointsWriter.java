package dev.storyline.brief.section;

import dev.storyline.brief.text.MarginalRelevance;
import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.StoryText;
import java.util.List;

/**
 * Key Points: three to five non-redundant sentences chosen by maximal marginal relevance over
 * central sentences, favouring article leads and the shortest sentence that carries the point.
 * Needs at least two articles (a single report is summarised, not distilled).
 */
public final class KeyPointsWriter {
  static final int MAX = 5;
  static final int MIN = 2;

  /** Share of the shorter sentence's content words that makes a point a restatement. */
  public static final double RESTATES = 0.7;

  private KeyPointsWriter() {}

  /** The key points, or an empty list when the story has too little material. */
  public static List<StorySentence> pick(StoryText text, List<StorySentence> whyItMatters) {
    return pick(text, whyItMatters, List.of());
  }

  /** The key points, never one of {@code shown} (published in another section). */
  public static List<StorySentence> pick(
      StoryText text, List<StorySentence> whyItMatters, List<StorySentence> shown) {
    if (text.articles().size() < 2) {
      return List.of();
    }
    List<StorySentence> picked =
        MarginalRelevance.select(
            text,
            text.standalone().stream()
                .filter(s -> !shown.contains(s))
                // nor a fact another section states in other words ("talks collapsed in June
                // 2024"),
                // nor a statement it tells again (a Sides quotation as reported speech)
                .filter(
                    s ->
                        shown.stream()
                            .noneMatch(
                                x ->
                                    MarginalRelevance.sameFact(s.text(), x.text())
                                        || MarginalRelevance.restates(
                                            s.text(), x.text(), RESTATES)))
                .toList(),
            KeyPointsWriter::score,
            MAX,
            0.7,
            text.overlapping(),
            whyItMatters);
    return picked.size() < MIN ? List.of() : picked;
  }

  static double score(StorySentence s) {
    if (s.text().endsWith("?") || s.text().startsWith("\"") || s.text().startsWith("“")) {
      return 0;
    }
    // the shortest sentence that carries the point: full weight up to 15 words, then tapering
    double length =
        s.words() < 8
            ? 0.6
            : s.words() <= 15 ? 1 : s.words() <= 35 ? 1 - 0.02 * (s.words() - 15) : 0.5;
    double lead = s.lead() ? 1.3 : 1;
    return (0.2 + s.centrality()) * s.leadWeight() * lead * length * s.standalone();
  }
}
