package dev.storyline.brief.forecast;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.LedgerSnapshot;
import dev.storyline.domain.LedgerSnapshot.Entry;
import dev.storyline.domain.LedgerSnapshot.Hit;
import dev.storyline.domain.StoryMaterial.StoryThread;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A {@link ForecastLedger} to and from its stored form, {@link LedgerSnapshot}. */
public final class LedgerSnapshots {
  private LedgerSnapshots() {}

  /** The ledger as it stands. */
  public static LedgerSnapshot of(ForecastLedger ledger) {
    List<Entry> entries = new ArrayList<>();
    for (String story : ledger.stories().stream().sorted().toList()) {
      entries.addAll(entries(ledger, story));
    }
    return new LedgerSnapshot(ledger.offered().stream().sorted().toList(), entries);
  }

  /** A story's forecasts and their matches, in brief order (empty when it has none). */
  public static List<Entry> entries(ForecastLedger ledger, String story) {
    List<Entry> entries = new ArrayList<>();
    for (Forecast f : ledger.forecasts(story)) {
      List<Hit> hits = new ArrayList<>();
      for (ClaimMatch m : f.matches.values()) {
        hits.add(
            new Hit(m.source().articleId(), m.sentence().index(), m.similarity(), m.contradicts()));
      }
      hits.sort(Comparator.comparing(Hit::article).thenComparingInt(Hit::sentence));
      entries.add(new Entry(story, f.item, hits));
    }
    return entries;
  }

  /**
   * The ledger again, for the stories and articles there are now: forecasts of stories that are
   * gone, and matches in articles that are gone, are left out (an article that comes back is
   * offered again). The caller sets the story order, then offers the articles not {@link
   * ForecastLedger#offered} yet and puts the briefs written since.
   *
   * @param threadOf a story's articles, or {@code null} when the story is not in the storyline
   * @param articleOf an article of the storyline by id, or {@code null}
   */
  public static ForecastLedger restore(
      LedgerSnapshot snapshot,
      Function<String, StoryThread> threadOf,
      Function<String, AnalyzedArticle> articleOf) {
    ForecastLedger ledger = new ForecastLedger();
    Map<String, List<Forecast>> byStory = new LinkedHashMap<>();
    for (Entry e : snapshot.forecasts()) {
      StoryThread thread = threadOf.apply(e.story());
      if (thread == null || thread.articles().isEmpty()) {
        continue;
      }
      Forecast f = Forecast.of(thread, e.item());
      if (f.claim != null) {
        for (Hit h : e.hits()) {
          ClaimMatch m = match(h, articleOf.apply(h.article()));
          if (m != null) {
            f.matches.put(h.article() + "#" + h.sentence(), m);
          }
        }
      }
      byStory.computeIfAbsent(e.story(), k -> new ArrayList<>()).add(f);
    }
    byStory.forEach(ledger::restored);
    ledger.offeredBefore(snapshot.offered());
    return ledger;
  }

  private static ClaimMatch match(Hit h, AnalyzedArticle article) {
    if (article == null) {
      return null;
    }
    for (AnalyzedSentence s : article.sentences()) {
      if (s.index() == h.sentence()) {
        return new ClaimMatch(
            null, PreparedEvidence.source(article), s, h.similarity(), h.contradicts());
      }
    }
    return null;
  }
}
