package dev.storyline.brief.section;

import dev.storyline.brief.text.CueLexicon;
import dev.storyline.brief.text.MarginalRelevance;
import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.StoryText;
import java.util.List;

/**
 * Why It Matters: one or two source sentences that state consequences or significance ("marks",
 * "means", "could reshape", "for the first time"...), ranked by cue strength times centrality.
 */
public final class WhyItMattersWriter {
  /** A second sentence is added only if it scores at least this share of the first. */
  private static final double SECOND_RATIO = 0.6;

  /**
   * A second sentence whose TF-IDF cosine to the first reaches this tells its significance again in
   * another outlet's words ("…its highest sustained levels of federal spending since World War II"
   * twice; "marking the end of … America's longest war" and "marks the end of … the United States'
   * longest war"): read on the allsides pairs, those sit at 0.2 to 0.38, two claims below 0.2.
   */
  private static final double SECOND_APART = 0.2;

  /** A weak cue alone ("because") is not enough to claim significance. */
  private static final double MIN_CUE = 0.8;

  private WhyItMattersWriter() {}

  /**
   * The page's Why It Matters, never one of {@code shown} (the headline's sentence, when no title
   * read as one) nor a copy of it from another outlet: a page uses a source sentence once. A second
   * sentence that says the first again in other words ({@link #SECOND_APART}) is left out.
   */
  public static List<StorySentence> pick(StoryText text, List<StorySentence> shown) {
    List<StorySentence> picked =
        MarginalRelevance.select(
            text, text.standalone(), WhyItMattersWriter::score, 2, 0.7, text.overlapping(), shown);
    if (picked.size() == 2
        && (score(picked.get(1)) < SECOND_RATIO * score(picked.get(0))
            || text.leadRank().similarity(picked.get(1), picked.get(0)) >= SECOND_APART)) {
      return List.of(picked.get(0));
    }
    return picked;
  }

  static double score(StorySentence s) {
    if (s.words() < 8 || s.text().endsWith("?")) {
      return 0;
    }
    double cue = Math.min(2.0, CueLexicon.score(CueLexicon.SIGNIFICANCE, s.cueText()));
    if (cue < MIN_CUE) {
      return 0;
    }
    double quoted = dev.storyline.brief.actor.Quotations.longest(s.text()) == null ? 1 : 0.6;
    return cue * (0.3 + s.centrality()) * s.leadWeight() * quoted * s.standalone();
  }
}
