package dev.storyline.ingest.dedup;

import dev.storyline.domain.Article;
import java.util.Map;

/**
 * Whether a new article is one already stored, decided the same way for every way in (JSON Lines
 * import and feeds): the same id, canonical address or text fingerprint makes an exact duplicate;
 * otherwise a stored text whose SimHash is near and whose word 3-shingles overlap by at least
 * {@link SimHash#SAME} makes a near duplicate (a syndicated wire story reworded at the edges). The
 * caller looks the candidates up (the store, {@link NearDuplicates}); this decides over plain
 * values. Stateless.
 */
public final class Duplicates {
  private Duplicates() {}

  /** What a new article is. */
  public sealed interface Verdict {
    /**
     * Not stored yet.
     *
     * @param simhash the text's SimHash, to index it (0 for a text too short to judge)
     */
    record New(long simhash) implements Verdict {}

    /** The same id, canonical address or text fingerprint as stored article {@code of}. */
    record Exact(String of) implements Verdict {}

    /** Near-duplicate text of stored article {@code of}. */
    record Near(String of) implements Verdict {}
  }

  /** The text a SimHash and the resemblance are computed over: title, a line break, body. */
  public static String text(Article a) {
    return a.title() + "\n" + a.text();
  }

  /**
   * Judges an article.
   *
   * @param article the new article
   * @param exact the stored article with its id, canonical address or fingerprint, or {@code null}
   * @param nearCandidates stored articles whose SimHash is near, closest first: id to {@link #text}
   */
  public static Verdict judge(Article article, String exact, Map<String, String> nearCandidates) {
    if (exact != null) {
      return new Verdict.Exact(exact);
    }
    String text = text(article);
    for (Map.Entry<String, String> c : nearCandidates.entrySet()) {
      if (SimHash.resemblance(text, c.getValue()) >= SimHash.SAME) {
        return new Verdict.Near(c.getKey());
      }
    }
    return new Verdict.New(SimHash.of(text));
  }
}
