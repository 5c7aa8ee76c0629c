package dev.storyline.brief.forecast;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief;
import dev.storyline.domain.ForecastCheck;
import dev.storyline.domain.StoryMaterial.StoryThread;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A storyline's forecasts and the later evidence found for each, kept up to date as briefs are
 * rewritten and articles arrive: the {@link ForecastScorecard} without going over the storyline's
 * history again. Each forecast's claim is stemmed once and indexed by the verb it predicts; each
 * arriving article's sentences are prepared once and checked only against the forecasts whose verb
 * they contain (a report confirms only with that verb), or, for a sentence with a contradiction
 * cue, against those it shares at least two stems with (fewer never match). In a saga whose every
 * sentence names the same actors, the verb is what keeps the candidates few.
 *
 * <p>Every match of a sentence published after a forecast is kept, whatever story it is in; which
 * of them count is decided when the scorecard is read ({@link #checks}): only sentences of stories
 * that come after the forecast's story in the storyline's current order, as the articles' stories
 * stand then. So stories that change places, merge or split, and articles that move or leave, need
 * no new pass over the history. The result is the same whatever order stories and articles arrive
 * in: of equally similar evidence the earliest in storyline order (story, then article by
 * publication and id, then sentence) wins. Mutable and not thread-safe: the pipeline keeps one per
 * storyline.
 */
public final class ForecastLedger {
  private final Map<String, List<Forecast>> byStory = new HashMap<>();

  /** The forecasts by predicted verb and by claim stem. */
  private final ForecastIndex index = new ForecastIndex();

  private final Map<String, Integer> rank = new HashMap<>();

  /** The prepared sentences of recently offered articles. */
  private final PreparedEvidence prepared = new PreparedEvidence();

  /** The articles offered to every forecast there was ({@link #offer(AnalyzedArticle)}). */
  private final Set<String> offered = new HashSet<>();

  /** Stories whose forecasts or matches changed since the last {@link #drain}. */
  private final Set<String> changed = new HashSet<>();

  /** Articles offered to every forecast since the last {@link #drain}. */
  private final List<String> newlyOffered = new ArrayList<>();

  /**
   * Sets the storyline's story order.
   *
   * @param storyIds every story, oldest first (by first publication, then id)
   */
  public void order(List<String> storyIds) {
    rank.clear();
    for (int i = 0; i < storyIds.size(); i++) {
      rank.put(storyIds.get(i), i);
    }
  }

  /**
   * Sets a story's forecasts from its brief. Unchanged forecasts keep what was found for them.
   *
   * @return the new forecasts: the caller offers them the articles published after their claims
   *     ({@link #offer(AnalyzedArticle, Collection)})
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
        index.file(f, f.claim, true);
      }
    }
    byStory.put(thread.storyId(), fresh);
    changed.add(thread.storyId());
    return fresh.stream().filter(f -> f.claim != null).toList();
  }

  /** Puts forecasts restored from a snapshot with what was found for them. */
  void restored(String storyId, List<Forecast> forecasts) {
    for (Forecast f : forecasts) {
      if (f.claim != null) {
        index.file(f, f.claim, true);
      }
    }
    byStory.put(storyId, forecasts);
  }

  /** Notes articles a snapshot says were offered to every forecast there was. */
  void offeredBefore(Collection<String> articleIds) {
    offered.addAll(articleIds);
  }

  /** Forgets a story's forecasts. */
  public void remove(String storyId) {
    List<Forecast> old = byStory.remove(storyId);
    if (old == null) {
      return;
    }
    changed.add(storyId);
    for (Forecast f : old) {
      if (f.claim != null) {
        index.file(f, f.claim, false);
      }
    }
  }

  /** The stories with forecasts here. */
  public Set<String> stories() {
    return Set.copyOf(byStory.keySet());
  }

  /** A story's forecasts (empty when it has none here). */
  List<Forecast> forecasts(String storyId) {
    return byStory.getOrDefault(storyId, List.of());
  }

  /** Whether an article was offered to every forecast there was, whatever its story now. */
  public boolean offered(String articleId) {
    return offered.contains(articleId);
  }

  /** The articles offered to every forecast there was. */
  public Set<String> offered() {
    return java.util.Collections.unmodifiableSet(offered);
  }

  /**
   * What changed since the last call, which it clears: the stories whose forecasts or matches
   * changed (a story without forecasts now: they were removed), and the articles newly offered to
   * every forecast. A stored ledger kept up to date with these equals this one.
   */
  public Changes drain() {
    Changes out = new Changes(Set.copyOf(changed), List.copyOf(newlyOffered));
    changed.clear();
    newlyOffered.clear();
    return out;
  }

  /** See {@link #drain}. */
  public record Changes(Set<String> stories, List<String> offered) {}

  /**
   * Checks an article against every forecast made before it was published. Offering an article
   * twice changes nothing.
   */
  public void offer(AnalyzedArticle article) {
    offer(article, null);
  }

  /** As {@link #offer(AnalyzedArticle)}, against the given forecasts only. */
  public void offer(AnalyzedArticle article, Collection<Forecast> only) {
    offer(article, prepared.of(article), only);
  }

  /** Offers many articles at once (a ledger built from a history), prepared on every core. */
  public void offerAll(List<AnalyzedArticle> articles) {
    List<List<ClaimMatch.Evidence>> ready =
        index.isEmpty()
            ? articles.stream().map(a -> List.<ClaimMatch.Evidence>of()).toList()
            : PreparedEvidence.all(articles);
    for (int i = 0; i < ready.size(); i++) {
      offer(articles.get(i), ready.get(i), null);
    }
  }

  private void offer(
      AnalyzedArticle article, List<ClaimMatch.Evidence> sentences, Collection<Forecast> only) {
    if (only == null && offered.add(article.id())) {
      newlyOffered.add(article.id());
    }
    if (index.isEmpty()) {
      return;
    }
    Set<Forecast> allowed = only == null ? null : new HashSet<>(only);
    Brief.SourceArticle source = PreparedEvidence.source(article);
    for (ClaimMatch.Evidence evidence : sentences) {
      for (Forecast f : index.candidates(evidence)) {
        if ((allowed == null || allowed.contains(f))
            && article.article().published().isAfter(f.claimPublished)) {
          ClaimMatch m = ClaimMatch.of(f.claim, evidence, null, source);
          if (m != null
              && f.matches.putIfAbsent(article.id() + "#" + evidence.sentence().index(), m)
                  == null) {
            changed.add(f.storyId);
          }
        }
      }
    }
  }

  /**
   * The scorecard: one check per distinct forecast text, in story order, then brief order.
   *
   * @param storyOf the story each article is in now ({@code null}: not in the storyline)
   */
  public List<ForecastCheck> checks(Function<String, String> storyOf) {
    List<String> stories = new ArrayList<>(byStory.keySet());
    stories.removeIf(id -> !rank.containsKey(id));
    stories.sort(Comparator.comparing(rank::get));
    List<ForecastCheck> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String id : stories) {
      for (Forecast f : byStory.get(id)) {
        if (seen.add(f.item.line().text()) && f.claim != null) {
          out.add(f.check(best(f, storyOf)));
        }
      }
    }
    return List.copyOf(out);
  }

  /** The best match in a story after the forecast's, with its story as it stands now. */
  private ClaimMatch best(Forecast f, Function<String, String> storyOf) {
    int at = rank.get(f.storyId);
    ClaimMatch best = null;
    for (ClaimMatch m : f.matches.values()) {
      String story = storyOf.apply(m.source().articleId());
      Integer r = story == null ? null : rank.get(story);
      if (r != null && r > at) {
        ClaimMatch now = m.in(story);
        if (better(now, best)) {
          best = now;
        }
      }
    }
    return best;
  }

  /** Higher similarity, then earlier in storyline order (story, article, sentence). */
  private boolean better(ClaimMatch m, ClaimMatch best) {
    if (best == null || m.similarity() != best.similarity()) {
      return best == null || m.similarity() > best.similarity();
    }
    Comparator<ClaimMatch> order =
        Comparator.comparing((ClaimMatch c) -> rank.get(c.storyId()))
            .thenComparing(c -> c.source().published())
            .thenComparing(c -> c.source().articleId())
            .thenComparingInt(c -> c.sentence().index());
    return order.compare(m, best) < 0;
  }
}
