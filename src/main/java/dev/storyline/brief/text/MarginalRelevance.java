package dev.storyline.brief.text;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Maximal marginal relevance: picks sentences that score high and differ from those already picked.
 * Only the best {@value #POOL} mutually different candidates are considered, which keeps large
 * stories fast.
 */
public final class MarginalRelevance {
  static final int POOL = 100;

  /** How many of the best candidates are scanned to fill the pool. */
  public static final int SCAN = 20 * POOL;

  private MarginalRelevance() {}

  /**
   * Selects up to {@code k} sentences.
   *
   * @param text the story, for similarities
   * @param candidates sentences to choose from
   * @param score relevance of a sentence (higher is better, ≤ 0 never chosen)
   * @param k how many to pick at most
   * @param lambda weight of relevance against novelty, 0..1
   * @param maxSimilarity a candidate at least this similar to a picked one (or to one of {@code
   *     avoid}) is never picked
   * @param avoid sentences already published elsewhere: never repeated
   */
  public static List<StorySentence> select(
      StoryText text,
      List<StorySentence> candidates,
      ToDoubleFunction<StorySentence> score,
      int k,
      double lambda,
      double maxSimilarity,
      List<StorySentence> avoid) {
    List<Scored> pool = pool(text, candidates, score);
    if (pool.isEmpty()) {
      return List.of();
    }
    double top = pool.get(0).score;
    List<StorySentence> picked = new ArrayList<>();
    while (picked.size() < k) {
      Scored best = null;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (Scored c : pool) {
        double sim = maxSimilarity(text, c.sent, picked, avoid);
        if (sim >= maxSimilarity || picked.stream().anyMatch(p -> p == c.sent)) {
          continue;
        }
        double value = lambda * c.score / top - (1 - lambda) * Math.max(0, sim);
        if (value > bestValue) {
          bestValue = value;
          best = c;
        }
      }
      if (best == null) {
        break;
      }
      picked.add(best.sent);
    }
    return picked;
  }

  /**
   * The best-scoring candidates, skipping any that repeats one already in the pool, so that a story
   * told the same way by many outlets still offers {@value #POOL} different sentences.
   */
  private static List<Scored> pool(
      StoryText text, List<StorySentence> candidates, ToDoubleFunction<StorySentence> score) {
    List<Scored> all = new ArrayList<>();
    for (StorySentence s : candidates) {
      double v = score.applyAsDouble(s);
      if (v > 0) {
        all.add(new Scored(s, v));
      }
    }
    all.sort(Comparator.comparingDouble((Scored s) -> -s.score));
    List<Scored> pool = new ArrayList<>();
    for (int i = 0; i < all.size() && i < SCAN && pool.size() < POOL; i++) {
      Scored c = all.get(i);
      if (pool.stream().noneMatch(p -> text.similarity(p.sent, c.sent) >= text.redundant())) {
        pool.add(c);
      }
    }
    return pool;
  }

  /**
   * The highest similarity of {@code s} to a sentence picked or to avoid; 1 for the same sentence
   * or the same fact in other words ({@link #sameFact}).
   */
  public static double maxSimilarity(
      StoryText text, StorySentence s, List<StorySentence> picked, List<StorySentence> avoid) {
    return maxSimilarity(text, s, picked, avoid, true);
  }

  /**
   * As {@link #maxSimilarity(StoryText, StorySentence, List, List)}; with {@code facts} false a
   * restatement of a picked sentence's fact in other words is judged by similarity alone; with it
   * true, a picked sentence's large figure with two more words in common ({@link #sameLargeFigure})
   * is a repeat too; either way a picked or avoided sentence's number in a sentence close in
   * meaning is one ({@link SameCount#repeat}).
   */
  public static double maxSimilarity(
      StoryText text,
      StorySentence s,
      List<StorySentence> picked,
      List<StorySentence> avoid,
      boolean facts) {
    double max = 0;
    for (StorySentence p : picked) {
      double sim = text.similarity(s, p); // once per pair: the count test reads it too
      if ((facts && (sameFact(s.text(), p.text()) || sameLargeFigure(s.text(), p.text())))
          || SameCount.repeat(text, s, p, sim, facts)) {
        return 1;
      }
      max = Math.max(max, sim);
    }
    for (StorySentence a : avoid) {
      double sim = text.similarity(s, a);
      if (a.ref().equals(s.ref())
          || a.text().equals(s.text())
          || sameFact(s.text(), a.text())
          || SameCount.repeat(text, s, a, sim, facts)) {
        return 1;
      }
      max = Math.max(max, sim);
    }
    return max;
  }

  private static final java.util.regex.Pattern FIGURE =
      java.util.regex.Pattern.compile("\\d[\\d,.]*\\d");

  /** Months (the English stop list already drops weekdays, "day", "week", "year"). */
  public static final java.util.Set<String> CALENDAR =
      java.util.stream.Stream.concat(
              java.util.Arrays.stream(java.time.Month.values())
                  .map(m -> m.name().toLowerCase(java.util.Locale.ROOT)),
              java.util.stream.Stream.of("month", "months", "weeks"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * Words that place a figure in time rather than say what it counts: not shared words of one fact
   * ("fell to 400,000 from last week's 406,000" and "slipped below 400,000 last week").
   */
  private static final java.util.Set<String> WHEN = java.util.Set.of("last", "next", "ago");

  /**
   * True when two sentences give the same figure of two digits or more and share three more content
   * words: the same fact in other words ("rules out compulsory layoffs caused by automation until
   * 2031" and "compulsory layoffs linked to automation are ruled out until 2031"), which outlets
   * word too differently for the embeddings to call a repeat.
   */
  public static boolean sameFact(String a, String b) {
    return sameFact(a, b, 3);
  }

  /**
   * True when two sentences give the same large figure (four digits or more, not a year) and share
   * two more content words: within one section, the same fact again ("the US economy added 850,000
   * jobs in June" and "America's employers added 850,000 jobs in June", three outlets' openings of
   * one story). Across sections {@link #sameFact(String, String)} decides: a story's figure is
   * often its topic ("$1,400 payments"), and another section's sentence with it adds to it.
   */
  public static boolean sameLargeFigure(String a, String b) {
    java.util.Set<String> theirs = FACTS.get(b, Fact::of).figures();
    return FACTS.get(a, Fact::of).large().stream().anyMatch(theirs::contains) && sameFact(a, b, 2);
  }

  /** A figure of four digits or more that is not a year (1000–2199 written without separators). */
  static boolean large(String figure) {
    return figure.replaceAll("\\D", "").length() >= 4 && !figure.matches("1\\d{3}|2[01]\\d{2}");
  }

  /** As {@link #sameFact(String, String)}, with {@code words} shared content words besides. */
  public static boolean sameFact(String a, String b, int words) {
    Fact fa = FACTS.get(a, Fact::of);
    if (fa.figures().isEmpty()) {
      return false;
    }
    Fact fb = FACTS.get(b, Fact::of);
    if (java.util.Collections.disjoint(fa.figures(), fb.figures())) {
      return false;
    }
    java.util.Set<String> shared = new java.util.HashSet<>(fa.content());
    shared.retainAll(fb.content());
    return shared.size() >= words;
  }

  /**
   * True when the shorter of two sentences, of at least four content words, has at least {@code
   * share} of them in the other: the same statement told again, with or without a figure ("Other
   * ports are likely to copy the job guarantees" and "Other ports could copy the job guarantees,
   * some analysts predict"; a speaker's quotation and the same words as reported speech, "argued
   * that the agreement proved that automation could be negotiated").
   */
  public static boolean restates(String a, String b, double share) {
    return restates(a, b, share, false);
  }

  /** As {@link #restates(String, String, double)}; with {@code ofA} judged on {@code a}'s words. */
  public static boolean restates(String a, String b, double share, boolean ofA) {
    java.util.Set<String> wa = WORDS.get(a, MarginalRelevance::content);
    java.util.Set<String> wb = WORDS.get(b, MarginalRelevance::content);
    java.util.Set<String> small = ofA || wa.size() <= wb.size() ? wa : wb;
    java.util.Set<String> large = small == wa ? wb : wa;
    if (small.size() < 4) {
      return false;
    }
    long in = small.stream().filter(large::contains).count();
    return in >= share * small.size();
  }

  /** The stemmed content words of texts still in use, as {@link #FACTS} keeps their facts. */
  private static final Cache<String, java.util.Set<String>> WORDS =
      Caffeine.newBuilder().weakKeys().maximumSize(200_000).build();

  /** A sentence's figures, its large ones, and, when it has any, its stemmed content words. */
  private record Fact(
      java.util.Set<String> figures, java.util.Set<String> large, java.util.Set<String> content) {
    static Fact of(String text) {
      java.util.Set<String> figures = MarginalRelevance.figures(text);
      if (figures.isEmpty()) {
        return new Fact(figures, java.util.Set.of(), java.util.Set.of());
      }
      java.util.Set<String> content = MarginalRelevance.content(text);
      content.removeAll(WHEN);
      return new Fact(
          figures,
          figures.stream()
              .filter(MarginalRelevance::large)
              .collect(java.util.stream.Collectors.toUnmodifiableSet()),
          content);
    }
  }

  /**
   * What {@link #sameFact} read of texts still in use: the sections ask it of the same sentences
   * for every candidate they weigh (a regular expression and a stemmer each time, a tenth of brief
   * writing before). Keys are held weakly and compared by identity, so an entry lives as long as
   * its sentence.
   */
  private static final Cache<String, Fact> FACTS =
      Caffeine.newBuilder().weakKeys().maximumSize(200_000).build();

  private static java.util.Set<String> figures(String text) {
    java.util.Set<String> out = new java.util.HashSet<>();
    java.util.regex.Matcher m = FIGURE.matcher(text);
    while (m.find()) {
      out.add(m.group().replaceAll("[,.]$", ""));
    }
    return out;
  }

  private static java.util.Set<String> content(String text) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String w : Vectorizer.terms(text)) {
      if (!CALENDAR.contains(w) && w.chars().noneMatch(Character::isDigit)) {
        out.add(dev.storyline.words.English.stem(w));
      }
    }
    return out;
  }

  private record Scored(StorySentence sent, double score) {}
}
