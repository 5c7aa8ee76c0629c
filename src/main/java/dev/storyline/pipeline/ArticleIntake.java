package dev.storyline.pipeline;

import dev.storyline.domain.Article;
import dev.storyline.ingest.Ingested;
import dev.storyline.ingest.dedup.Duplicates;
import dev.storyline.ingest.dedup.NearDuplicates;
import dev.storyline.ingest.dedup.SimHash;
import dev.storyline.store.ArticleRepository;
import dev.storyline.store.SightingRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores accepted articles at most once, the same way for every way in (a JSON Lines import, a
 * feed's entries): {@link Duplicates} judges each against what is stored and what came earlier in
 * the same batch; an exact or near duplicate becomes a sighting of the stored article (where else
 * it appeared) instead of a second article; a new one is stored with its SimHash for later
 * near-duplicate searches. A batch is journaled with one flush to disk (embedded database). Counts
 * {@code storyline.stage.items{stage=ingest, outcome=stored|duplicate|near_duplicate}} and times
 * each batch in {@code storyline.stage.time{stage=ingest}}. One per process; thread-safe.
 */
public class ArticleIntake {
  /** How many stored texts with a near SimHash are compared word by word, closest first. */
  private static final int NEAR_CANDIDATES = 5;

  /** What became of an article. */
  public enum Outcome {
    STORED,
    DUPLICATE,
    NEAR_DUPLICATE
  }

  /**
   * What became of one article.
   *
   * @param outcome stored, or a duplicate
   * @param articleId the stored article it is: itself when stored, else the one it duplicates
   */
  public record Result(Outcome outcome, String articleId) {}

  private final ArticleRepository articles;
  private final SightingRepository sightings;
  private final MeterRegistry meters;
  private final Clock clock;
  private final Duration nearWindow;
  private final NearDuplicates near = new NearDuplicates();
  private boolean nearLoaded;

  /**
   * An intake.
   *
   * @param nearWindow how far back (by publication time) stored SimHashes are loaded at the first
   *     batch; what is stored afterwards is added as it comes
   */
  public ArticleIntake(
      ArticleRepository articles,
      SightingRepository sightings,
      MeterRegistry meters,
      Clock clock,
      Duration nearWindow) {
    this.articles = articles;
    this.sightings = sightings;
    this.meters = meters;
    this.clock = clock;
    this.nearWindow = nearWindow;
  }

  /** Stores what is new in {@code batch}; returns what became of each article, in order. */
  public synchronized List<Result> store(List<Ingested.Accepted> batch) {
    Timer.Sample time = Timer.start(meters);
    if (!nearLoaded) {
      sightings
          .hashesSince(clock.instant().minus(nearWindow))
          .forEach(h -> near.add(h.articleId(), h.simhash()));
      nearLoaded = true;
    }
    Instant now = clock.instant();
    Result[] results = new Result[batch.size()];
    Batch fresh = new Batch();
    for (int i = 0; i < batch.size(); i++) {
      Ingested.Accepted a = batch.get(i);
      Article article = a.article();
      String exact = fresh.same(a);
      if (exact == null) {
        exact = sightings.existing(article.id(), a.canonicalUrl(), a.textHash()).orElse(null);
      }
      Duplicates.Verdict v =
          Duplicates.judge(article, exact, exact != null ? Map.of() : candidates(article, fresh));
      if (v instanceof Duplicates.Verdict.New n) {
        fresh.add(i, a, n.simhash(), now);
        near.add(article.id(), n.simhash());
      } else if (v instanceof Duplicates.Verdict.Exact e) {
        if (!e.of().equals(article.id())) {
          fresh.sighting(e.of(), article, "exact");
        }
        results[i] = new Result(Outcome.DUPLICATE, e.of());
      } else if (v instanceof Duplicates.Verdict.Near n) {
        fresh.sighting(n.of(), article, "near");
        results[i] = new Result(Outcome.NEAR_DUPLICATE, n.of());
      }
    }
    fresh.store(results, now);
    List<Result> out = List.of(results);
    out.forEach(r -> count(r.outcome()));
    time.stop(meters.timer("storyline.stage.time", "stage", "ingest"));
    return out;
  }

  /** Stored (or earlier in the batch) texts whose SimHash is near the article's, closest first. */
  private Map<String, String> candidates(Article article, Batch fresh) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String id : near.candidates(SimHash.of(Duplicates.text(article)), NEAR_CANDIDATES)) {
      String text = fresh.texts.get(id);
      if (text == null) {
        Article stored = articles.article(id);
        text = stored == null ? null : Duplicates.text(stored);
      }
      if (text != null) {
        texts.put(id, text);
      }
    }
    return texts;
  }

  private void count(Outcome o) {
    meters
        .counter(
            "storyline.stage.items",
            "stage",
            "ingest",
            "outcome",
            o.name().toLowerCase(java.util.Locale.ROOT))
        .increment();
  }

  /** The new articles of one batch, stored together at its end. */
  private final class Batch {
    final List<Integer> positions = new ArrayList<>();
    final List<ArticleRepository.NewArticle> rows = new ArrayList<>();
    final List<SightingRepository.NewHash> hashes = new ArrayList<>();
    final Map<String, String> keys = new HashMap<>();
    final Map<String, String> texts = new HashMap<>();
    final List<String[]> seen = new ArrayList<>();

    /** Where else {@code of} appeared; recorded once the batch is stored (it may be in it). */
    void sighting(String of, Article copy, String kind) {
      seen.add(new String[] {of, copy.url(), copy.source(), kind});
    }

    /** The id of an article earlier in the batch with the same id, address or fingerprint. */
    String same(Ingested.Accepted a) {
      for (String k : keys(a)) {
        if (keys.containsKey(k)) {
          return keys.get(k);
        }
      }
      return null;
    }

    void add(int position, Ingested.Accepted a, long simhash, Instant now) {
      Article article = a.article();
      positions.add(position);
      rows.add(new ArticleRepository.NewArticle(article, a.canonicalUrl(), a.textHash(), now));
      hashes.add(new SightingRepository.NewHash(article.id(), simhash, article.published()));
      keys(a).forEach(k -> keys.put(k, article.id()));
      texts.put(article.id(), Duplicates.text(article));
    }

    void store(Result[] results, Instant now) {
      List<Boolean> stored = articles.insertAll(rows);
      java.util.Set<String> lost = new java.util.HashSet<>();
      List<SightingRepository.NewHash> storedHashes = new ArrayList<>();
      for (int j = 0; j < rows.size(); j++) {
        String id = rows.get(j).article().id();
        // false: another process stored the same article meanwhile (the store's unique keys)
        results[positions.get(j)] =
            new Result(stored.get(j) ? Outcome.STORED : Outcome.DUPLICATE, id);
        if (stored.get(j) && hashes.get(j).simhash() != 0) {
          storedHashes.add(hashes.get(j));
        } else if (!stored.get(j)) {
          lost.add(id);
        }
      }
      sightings.saveHashes(storedHashes);
      for (String[] s : seen) {
        if (!lost.contains(s[0])) {
          sightings.add(s[0], s[1], s[2], s[3], now);
        }
      }
    }

    private static List<String> keys(Ingested.Accepted a) {
      List<String> k = new ArrayList<>(3);
      k.add("id:" + a.article().id());
      if (a.canonicalUrl() != null) {
        k.add("url:" + a.canonicalUrl());
      }
      k.add("text:" + a.textHash());
      return k;
    }
  }
}
