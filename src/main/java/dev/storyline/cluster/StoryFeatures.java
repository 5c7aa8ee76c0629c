package dev.storyline.cluster;

import dev.storyline.domain.EntityKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features of an (article, candidate story) pair that {@link StoryScorer} combines, in the
 * order of {@link #NAMES}. Coverage features are the idf-weighted share of the article's items that
 * the story already has (0 when the article has none); clash features are 1 when both sides have
 * items of that sort and share none (two earthquakes a month apart name different days and
 * magnitudes). {@code open_stories} is log(1 + stories in the window), all of them, not only the
 * candidates: how crowded the news is, which sets how sure a match must be; {@code margin} is how
 * far the candidate's mean of centroid and nearest similarity is ahead of (or behind) the best
 * other candidate's, and {@code close_stories} log(1 + other candidates whose mean similarity is at
 * least {@value #CLOSE}): how many rival stories are about as near (both set by {@link
 * #withMargins}, where a rival further away in time counts as less near). {@code story_entities}
 * and {@code story_terms} look the other way from coverage: the share of the story's own title +
 * lead entities and words (mention count × idf) that the article has, so an article that names the
 * story's core matches and one that merely shares a few side words with a broad story does not.
 * {@code terms_margin} and {@code entities_margin} are how far those two shares are ahead of (or
 * behind) the best other candidate's: among stories of one kind, about as near by embedding, the
 * one whose core the article names stands out. {@code numbers_clash_members} and {@code
 * days_clash_members} are the share of the story's members (those with numbers, or days) whose own
 * numbers or days the article does not share: once a story has taken a wrong article (last week's
 * jobless claims), its union of numbers matches the next week's too, but most of its members still
 * clash. {@code title_figures_clash} is {@link TitleFigures#clash}: the share of members with
 * figures that lack every figure of the article's title (this week's jobless claims against last
 * week's). {@code places_clash} is 1 when the article's lead and the story's leads both name places
 * and share none: two earthquakes or two shootings of one week, the same kind of news and wording,
 * in different towns. Story size is deliberately not a feature: every story of the gold streams has
 * about three articles, so a learned size weight would only encode that.
 */
final class StoryFeatures {
  private StoryFeatures() {}

  static final List<String> NAMES =
      List.of(
          "centroid",
          "nearest",
          "entities",
          "lead_entities",
          "people",
          "places",
          "orgs",
          "lead_terms",
          "title_terms",
          "numbers_shared",
          "numbers_clash",
          "days_shared",
          "days_clash",
          "gap_days",
          "open_stories",
          "margin",
          "close_stories",
          "story_entities",
          "story_terms",
          "numbers_clash_members",
          "days_clash_members",
          "terms_margin",
          "entities_margin",
          "title_figures_clash",
          "places_clash");

  /**
   * Mean of centroid and nearest similarity from which another candidate counts as a close rival.
   */
  static final double CLOSE = 0.5;

  /** Index of {@code gap_days}: days between the article and the story's mean time. */
  private static final int GAP = NAMES.indexOf("gap_days");

  /** Document frequencies the idf weights come from. */
  record Stats(EntityStats entities, EntityStats terms) {
    static Stats empty() {
      return new Stats(new EntityStats(), new EntityStats());
    }

    void add(ArticleEvidence a) {
      entities.add(a.entities().keySet());
      Set<String> keys = new java.util.HashSet<>(a.leadTerms().keySet());
      keys.addAll(a.numbers());
      terms.add(keys);
    }
  }

  static double[] of(
      ArticleEvidence a,
      float[] embedding,
      long epochSecond,
      StoryState s,
      double nearest,
      int open,
      Stats stats) {
    StoryEvidence e = s.evidence;
    double[] x = new double[NAMES.size()];
    x[0] = Vectors.cosine(embedding, s.sum);
    x[1] = nearest;
    x[2] = EntityProfile.coverage(a.entities(), s.entities, stats.entities());
    x[3] = EntityProfile.coverage(a.leadEntities(), e.leadEntities, stats.entities());
    x[4] = kindCoverage(a, e, EntityKind.PERSON, stats);
    x[5] = kindCoverage(a, e, EntityKind.PLACE, stats);
    x[6] = kindCoverage(a, e, EntityKind.ORGANIZATION, stats);
    x[7] = EntityProfile.coverage(a.leadTerms(), e.leadTerms, stats.terms());
    x[8] = setCoverage(a.titleTerms(), e.titleTerms, stats.terms());
    x[9] = setCoverage(a.numbers(), e.numbers, stats.terms());
    x[10] = clash(a.numbers(), e.numbers);
    x[11] = dayCoverage(a.days(), e.days);
    x[12] = clash(a.days(), e.days);
    x[GAP] = Math.abs(epochSecond - s.meanEpochSecond()) / 86400.0;
    x[14] = Math.log(1 + open);
    x[17] = e.entityShare(a.leadEntities(), stats.entities());
    x[18] = e.termShare(a.leadTerms(), stats.terms());
    x[19] = memberClash(a, s, true);
    x[20] = memberClash(a, s, false);
    x[23] = TitleFigures.clash(a, s.members);
    x[24] = clash(a.leadPlaces(), e.places);
    return x;
  }

  /**
   * Cosine taken off a rival's likeness for each day it lies further in time from the article than
   * the candidate does (twice the scorer's own time-gap penalty): a same-kind story of the day
   * before is less of a rival than its likeness says, so it should not cancel the lead of the story
   * the article continues. Undated streams (all gaps near 0) see no change.
   */
  static final double RIVAL_GAP = 2 * ScorerFit.GAP_COSINE_PER_DAY;

  /**
   * Fills in the margin and close-rival features of each candidate's features against the others: a
   * rival's likeness (mean of centroid and nearest similarity) counts {@link #RIVAL_GAP} less for
   * each day its gap exceeds the candidate's, and close rivals are those whose likeness less {@link
   * #RIVAL_GAP} per day of their own gap is at least {@value #CLOSE}.
   */
  static void withMargins(List<double[]> all) {
    int m = NAMES.indexOf("margin");
    double best = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    for (double[] x : all) {
      double v = timedLikeness(x);
      if (v > best) {
        second = best;
        best = v;
      } else if (v > second) {
        second = v;
      }
    }
    for (double[] x : all) {
      double v = timedLikeness(x);
      double other = v == best ? second : best;
      x[m] = (x[0] + x[1]) / 2 - Math.max(0, other + RIVAL_GAP * x[GAP]);
    }
    margin(all, NAMES.indexOf("story_terms"), NAMES.indexOf("terms_margin"));
    margin(all, NAMES.indexOf("story_entities"), NAMES.indexOf("entities_margin"));
    int close = NAMES.indexOf("close_stories");
    long near = all.stream().filter(x -> timedLikeness(x) >= CLOSE).count();
    for (double[] x : all) {
      x[close] = Math.log(1 + near - (timedLikeness(x) >= CLOSE ? 1 : 0));
    }
  }

  /** Mean of centroid and nearest similarity, less {@link #RIVAL_GAP} per day of time gap. */
  private static double timedLikeness(double[] x) {
    return (x[0] + x[1]) / 2 - RIVAL_GAP * x[GAP];
  }

  /** Sets column {@code to} of each row to its column {@code of} minus the best other row's. */
  private static void margin(List<double[]> all, int of, int to) {
    for (double[] x : all) {
      double other = 0;
      for (double[] y : all) {
        if (y != x) {
          other = Math.max(other, y[of]);
        }
      }
      x[to] = x[of] - other;
    }
  }

  /** Share of the story's members (those with numbers, or days) whose own set clashes. */
  private static double memberClash(ArticleEvidence a, StoryState s, boolean numbers) {
    Set<?> own = numbers ? a.numbers() : a.days();
    if (own.isEmpty()) {
      return 0;
    }
    int with = 0;
    int clashing = 0;
    for (Member m : s.members) {
      Set<?> other = numbers ? m.evidence().numbers() : m.evidence().days();
      if (!other.isEmpty()) {
        with++;
        clashing += clash(own, other) > 0 ? 1 : 0;
      }
    }
    return with == 0 ? 0 : clashing / (double) with;
  }

  private static double kindCoverage(
      ArticleEvidence a, StoryEvidence e, EntityKind kind, Stats stats) {
    Map<String, Integer> own = new java.util.HashMap<>();
    a.leadEntities()
        .forEach(
            (k, v) -> {
              if (a.kinds().get(k) == kind) {
                own.put(k, v);
              }
            });
    return EntityProfile.coverage(own, e.leadEntities, stats.entities());
  }

  private static double setCoverage(Set<String> own, Set<String> other, EntityStats idf) {
    double total = 0;
    double shared = 0;
    for (String k : own) {
      double w = idf.idf(k);
      total += w;
      shared += other.contains(k) ? w : 0;
    }
    return total == 0 ? 0 : shared / total;
  }

  private static double dayCoverage(Set<LocalDate> own, Set<LocalDate> other) {
    if (own.isEmpty()) {
      return 0;
    }
    long shared = own.stream().filter(other::contains).count();
    return shared / (double) own.size();
  }

  private static double clash(Set<?> own, Set<?> other) {
    if (own.isEmpty() || other.isEmpty()) {
      return 0;
    }
    for (Object t : own) {
      if (other.contains(t)) {
        return 0;
      }
    }
    return 1;
  }
}
