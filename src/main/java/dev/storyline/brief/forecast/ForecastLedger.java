package dev.storyline.brief.forecast;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Brief;
import dev.storyline.domain.ForecastCheck;
import dev.storyline.domain.ForecastCheck.Status;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import dev.storyline.domain.StoryMaterial.StoryThread;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A storyline's forecasts and the best later evidence found for each, kept up to date as briefs are
 * rewritten and articles arrive: the {@link ForecastScorecard} without going over the storyline's
 * history again. Each forecast's claim is stemmed once and indexed by the verb it predicts; each
 * arriving article's sentences are prepared once and checked only against the forecasts whose verb
 * they contain (a report confirms only with that verb), or, for a sentence with a contradiction
 * cue, against those it shares at least two stems with (fewer never match). In a saga whose every
 * sentence names the same actors, the verb is what keeps the candidates few.
 *
 * <p>The result is the same whatever order stories and articles arrive in: of equally similar
 * evidence the earliest in storyline order (story, then article by publication and id, then
 * sentence) wins, as when the history is read in order. Removing evidence is not supported: when
 * articles leave the storyline or stories change places, build the ledger again. Mutable and not
 * thread-safe: the pipeline keeps one per storyline.
 */
public final class ForecastLedger {
  private final Map<String, List<Forecast>> byStory = new HashMap<>();

  /** The forecasts by predicted verb and by claim stem. */
  private final ForecastIndex index = new ForecastIndex();

  private final Map<String, Integer> rank = new HashMap<>();

  /** The prepared sentences of recently offered articles. */
  private final PreparedEvidence prepared = new PreparedEvidence();

  /**
   * Sets the storyline's story order.
   *
   * @param storyIds every story, oldest first (by first publication, then id)
   * @return false when two stories already known changed places: the ledger no longer holds and
   *     must be built again
   */
  public boolean order(List<String> storyIds) {
    int previous = -1;
    boolean kept = true;
    for (String id : storyIds) {
      Integer was = rank.get(id);
      if (was != null) {
        kept &= was > previous;
        previous = was;
      }
    }
    rank.clear();
    for (int i = 0; i < storyIds.size(); i++) {
      rank.put(storyIds.get(i), i);
    }
    return kept;
  }

  /**
   * Sets a story's forecasts from its brief. Unchanged forecasts keep what was found for them.
   *
   * @return the new forecasts: the caller offers them the later stories' articles published after
   *     their claims ({@link #offer(String, AnalyzedArticle, Collection)})
   */
  public List<Forecast> put(StoryThread thread, Brief brief) {
    List<Brief.ForecastItem> items =
        brief.forecast() == null ? List.of() : brief.forecast().items();
    List<Forecast> old = byStory.getOrDefault(thread.storyId(), List.of());
    if (old.stream().map(f -> f.item).toList().equals(items)) {
      return List.of();
    }
    remove(thread.storyId());
    List<Forecast> fresh = new ArrayList<>();
    for (Brief.ForecastItem item : items) {
      Forecast f = Forecast.of(thread, item);
      fresh.add(f);
      if (f.claim != null) {
        file(f, true);
      }
    }
    byStory.put(thread.storyId(), fresh);
    return fresh.stream().filter(f -> f.claim != null).toList();
  }

  private void file(Forecast f, boolean add) {
    index.file(f, f.claim, add);
  }

  /** Forgets a story's forecasts. */
  public void remove(String storyId) {
    List<Forecast> old = byStory.remove(storyId);
    if (old == null) {
      return;
    }
    for (Forecast f : old) {
      if (f.claim != null) {
        file(f, false);
      }
    }
  }

  /** The stories with forecasts here. */
  public Set<String> stories() {
    return Set.copyOf(byStory.keySet());
  }

  /**
   * Checks an article of a story against the forecasts of every earlier story made before it was
   * published. Offering an article twice changes nothing.
   */
  public void offer(String storyId, AnalyzedArticle article) {
    offer(storyId, article, null);
  }

  /** As {@link #offer(String, AnalyzedArticle)}, against the given forecasts only. */
  public void offer(String storyId, AnalyzedArticle article, Collection<Forecast> only) {
    Integer at = rank.get(storyId);
    if (at == null || index.isEmpty()) {
      return;
    }
    Set<Forecast> allowed = only == null ? null : new HashSet<>(only);
    Brief.SourceArticle source = source(article);
    for (ClaimMatch.Evidence evidence : prepared.of(article)) {
      for (Forecast f : index.candidates(evidence)) {
        if ((allowed == null || allowed.contains(f))
            && rank.getOrDefault(f.storyId, Integer.MAX_VALUE) < at
            && article.article().published().isAfter(f.claimPublished)) {
          ClaimMatch m = ClaimMatch.of(f.claim, evidence, storyId, source);
          if (m != null && better(m, f.best)) {
            f.best = m;
          }
        }
      }
    }
  }

  /** Higher similarity, then earlier in storyline order (story, article, sentence). */
  private boolean better(ClaimMatch m, ClaimMatch best) {
    if (best == null || m.similarity() != best.similarity()) {
      return best == null || m.similarity() > best.similarity();
    }
    Comparator<ClaimMatch> order =
        Comparator.comparing((ClaimMatch c) -> rank.getOrDefault(c.storyId(), Integer.MAX_VALUE))
            .thenComparing(c -> c.source().published())
            .thenComparing(c -> c.source().articleId())
            .thenComparingInt(c -> c.sentence().index());
    return order.compare(m, best) < 0;
  }

  /** The scorecard: one check per distinct forecast text, in story order, then brief order. */
  public List<ForecastCheck> checks() {
    List<String> stories = new ArrayList<>(byStory.keySet());
    stories.removeIf(id -> !rank.containsKey(id));
    stories.sort(Comparator.comparing(rank::get));
    List<ForecastCheck> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String id : stories) {
      for (Forecast f : byStory.get(id)) {
        if (seen.add(f.item.line().text()) && f.claim != null) {
          out.add(f.check());
        }
      }
    }
    return List.copyOf(out);
  }

  static Brief.SourceArticle source(AnalyzedArticle a) {
    return new Brief.SourceArticle(
        a.id(),
        a.article().outlet(),
        a.article().title(),
        a.article().url(),
        a.article().published());
  }

  /** One forecast item of a story's brief, its claim prepared, and the best evidence so far. */
  public static final class Forecast {
    private final String storyId;
    private final Brief.ForecastItem item;
    private final ClaimMatch.Claim claim;
    private final Brief.SourceArticle claimSource;
    private final Instant claimPublished;
    private ClaimMatch best;

    private Forecast(
        String storyId,
        Brief.ForecastItem item,
        ClaimMatch.Claim claim,
        Brief.SourceArticle claimSource) {
      this.storyId = storyId;
      this.item = item;
      this.claim = claim;
      this.claimSource = claimSource;
      this.claimPublished = claimSource == null ? null : claimSource.published();
    }

    /** The forecast of an item, with its claim found in the story's articles (or none). */
    static Forecast of(StoryThread thread, Brief.ForecastItem item) {
      for (SourceRef ref : item.line().refs()) {
        for (AnalyzedArticle a : thread.articles()) {
          if (a.id().equals(ref.articleId())) {
            for (AnalyzedSentence s : a.sentences()) {
              if (s.index() == ref.sentence()) {
                LocalDate since = a.article().published().atZone(ZoneOffset.UTC).toLocalDate();
                return new Forecast(
                    thread.storyId(), item, ClaimMatch.Claim.of(s, since), source(a));
              }
            }
          }
        }
      }
      return new Forecast(thread.storyId(), item, null, null);
    }

    /** The story the forecast comes from. */
    public String storyId() {
      return storyId;
    }

    /** When the forecast's sentence was published ({@code null} when it was not found). */
    public Instant claimPublished() {
      return claimPublished;
    }

    private ForecastCheck check() {
      LocalDate checkBy = ForecastScorecard.checkBy(claim.sentence(), claim.since());
      String attribution = blankToNull(item.attribution());
      if (best == null) {
        return new ForecastCheck(
            storyId, attribution, item.line(), claimSource, checkBy, Status.OPEN, null, null, null);
      }
      Status status = best.contradicts() ? Status.CONTRADICTED : Status.CONFIRMED;
      Line evidence =
          Line.of(
              best.sentence().text(),
              new SourceRef(best.source().articleId(), best.sentence().index()));
      return new ForecastCheck(
          storyId,
          attribution,
          item.line(),
          claimSource,
          checkBy,
          status,
          evidence,
          best.source(),
          best.storyId());
    }

    private static String blankToNull(String text) {
      return text == null || text.isBlank() ? null : text;
    }
  }
}
