package dev.storyline.brief.section;

import dev.storyline.brief.text.MarginalRelevance;
import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.StoryText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Summary: four to seven central, mutually different sentences (MMR), told in the order of the
 * articles' time and the sentences' position. Avoids repeating Key Points and Why It Matters when
 * the story has enough other material.
 */
public final class SummaryWriter {
  static final int MIN = 2;

  private SummaryWriter() {}

  public static List<StorySentence> pick(
      StoryText text, List<StorySentence> keyPoints, List<StorySentence> whyItMatters) {
    int k = size(text.articles().size());
    List<StorySentence> avoid = new ArrayList<>(keyPoints);
    avoid.addAll(whyItMatters);
    List<StorySentence> picked = select(text, k, avoid);
    if (picked.size() < Math.min(4, k)) {
      picked = select(text, k, whyItMatters);
    }
    if (picked.size() < MIN) {
      return List.of();
    }
    List<StorySentence> ordered = new ArrayList<>(picked);
    ordered.sort(
        Comparator.comparingInt(StorySentence::order).thenComparingInt(StorySentence::index));
    return ordered;
  }

  /** Four sentences for one article, one more per doubling of the articles, at most seven. */
  static int size(int articles) {
    int log2 = 31 - Integer.numberOfLeadingZeros(Math.max(1, articles));
    return Math.min(7, 4 + log2);
  }

  private static List<StorySentence> select(StoryText text, int k, List<StorySentence> avoid) {
    return MarginalRelevance.select(
        text, text.publishable(), SummaryWriter::score, k, 0.6, text.overlapping(), avoid);
  }

  static double score(StorySentence s) {
    if (s.text().endsWith("?")) {
      return 0;
    }
    double length = s.words() <= 35 ? 1 : 0.7;
    return (0.2 + s.centrality()) * s.leadWeight() * length * s.standalone();
  }
}
