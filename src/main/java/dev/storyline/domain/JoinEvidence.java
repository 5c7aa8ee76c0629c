package dev.storyline.domain;

import java.util.List;

/**
 * Why an article is in its story, as the clusterer saw it when it placed the article: never
 * recomputed afterwards.
 *
 * @param kind how it got there: {@code joined} (scored above the threshold against the story),
 *     {@code founded} (no story in the window scored high enough), {@code merged} (its story was
 *     merged into this one by the repair pass), {@code split} (the repair pass split it off with
 *     its group), {@code moved} (a moderator moved it out of a story it did not belong in)
 * @param probability the scorer's probability for the story it joined, or for the best candidate it
 *     turned down when it founded a story ({@code -1} when there was none)
 * @param threshold the probability an article needed to join a story
 * @param top the features that weighed most for the decision, strongest first
 * @param entities named entities it shares with the story (as the article writes them), most
 *     telling first
 * @param terms key words of its title and lead it shares with the story, most telling first
 * @param gapHours hours between it and the story's newest article at that moment ({@code -1} when
 *     it founded the story)
 * @param storyArticles how many articles the story had before it joined
 * @param note a plain sentence for repairs and moderation, or ""
 */
public record JoinEvidence(
    String kind,
    double probability,
    double threshold,
    List<Feature> top,
    List<String> entities,
    List<String> terms,
    double gapHours,
    int storyArticles,
    String note) {

  public static final String JOINED = "joined";
  public static final String FOUNDED = "founded";
  public static final String MERGED = "merged";
  public static final String SPLIT = "split";
  public static final String MOVED = "moved";

  public JoinEvidence {
    top = top == null ? List.of() : List.copyOf(top);
    entities = entities == null ? List.of() : List.copyOf(entities);
    terms = terms == null ? List.of() : List.copyOf(terms);
    note = note == null ? "" : note;
  }

  /** Evidence that only says how the article got there (repairs, moderation). */
  public static JoinEvidence of(String kind, String note) {
    return new JoinEvidence(kind, -1, -1, List.of(), List.of(), List.of(), -1, 0, note);
  }

  /**
   * One feature of the decision.
   *
   * @param name the scorer's feature name ("centroid", "lead_entities", ...)
   * @param value its value for this article and story
   * @param weight its contribution to the score (weight × value, in log-odds)
   */
  public record Feature(String name, double value, double weight) {}
}
