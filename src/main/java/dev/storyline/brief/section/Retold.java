package dev.storyline.brief.section;

import dev.storyline.brief.text.MarginalRelevance;
import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.StoryText;
import dev.storyline.domain.SourceRef;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a sentence tells again what a line already on the page tells, so that a section choosing
 * after that line does not show it: when at least {@value #SHARE} of its content words are in that
 * line ({@link MarginalRelevance#restates(String, String, double, boolean)}, judged on the
 * sentence's own words, so that a sentence that adds a claim to a shown fact stays). A speaker's
 * quotation under Sides when the summary's opening already gives it as reported speech ("We are
 * sorry, and we are putting every affected customer first," said Anselm Dray), or a second outlet's
 * wording of a figure under Sides ("Unemployment claims fell to 473,000 last week…, the Labor
 * Department said").
 */
public final class Retold {
  private Retold() {}

  /** Share of a sentence's content words another line must have for it to tell that line again. */
  static final double SHARE = 0.6;

  /** True when {@code s} tells again what one of {@code shown} tells. */
  public static boolean any(StorySentence s, List<StorySentence> shown) {
    return any(s.text(), shown);
  }

  /** True when the sentence {@code text} tells again what one of {@code shown} tells. */
  public static boolean any(String text, List<StorySentence> shown) {
    for (StorySentence x : shown) {
      if (MarginalRelevance.restates(text, x.text(), SHARE, true)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code shown} (the references of the lines on the page so far) with those of the story's
   * sentences that tell one of them again: what a section that chooses next must not cite.
   */
  public static Set<SourceRef> andRetelling(StoryText text, Set<SourceRef> shown) {
    List<StorySentence> told =
        text.sentences().stream().filter(s -> shown.contains(s.ref())).toList();
    Set<SourceRef> out = new HashSet<>(shown);
    for (StorySentence s : text.publishable()) {
      if (!out.contains(s.ref()) && any(s, told)) {
        out.add(s.ref());
      }
    }
    return out;
  }
}
