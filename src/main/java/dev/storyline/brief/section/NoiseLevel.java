package dev.storyline.brief.section;

import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.StoryText;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief.Noise;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.domain.StoryMaterial.Coverage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Noise Level: how loud the coverage is, from three things a reader can check, each on a log scale
 * because each doubling counts alike: volume (articles, against four times the corpus's 90th
 * percentile story, 60 %), spread (distinct outlets, one to eight, 25 %) and time (how long the
 * coverage has lasted, up to two weeks, 15 %); and how much of the latest day's coverage adds new
 * facts. Volume leads: three reports of one event in an afternoon are not louder than fifty over a
 * week, however many outlets the three come from.
 */
public final class NoiseLevel {
  /** How many of the latest sentences are checked for new facts. */
  static final int LATEST = 100;

  static final int THIN_SCORE = 60;
  static final double THIN_SHARE = 0.3;

  private NoiseLevel() {}

  public static Noise of(StoryMaterial material, StoryText text) {
    List<AnalyzedArticle> articles = text.articles();
    int n = articles.size();
    long outlets =
        articles.stream()
            .map(a -> a.article().outlet().toLowerCase(Locale.ROOT))
            .distinct()
            .count();
    long hours = windowHours(articles);
    Typical typical = Typical.of(material.coverage());
    double score = 100 * loudness(n, outlets, hours, typical);
    double usual = material.saga().usualStorySize();
    int rounded = (int) Math.round(Math.max(0, Math.min(100, score)));
    Substance substance = Substance.of(text);
    boolean thin =
        rounded >= THIN_SCORE
            && substance.checked > 0
            && substance.fresh < THIN_SHARE * substance.checked;
    String basis = NoiseBasis.of(n, outlets, hours, material.coverage(), typical, usual, substance);
    return new Noise(rounded, label(rounded), n, (int) outlets, hours, basis, thin);
  }

  /** 0..1 loudness from volume, spread and time (see the class comment). */
  static double loudness(int articles, long outlets, long hours, Typical typical) {
    double volume = Math.min(1, log2(1 + articles) / log2(1 + 4 * typical.p90()));
    double spread = Math.min(1, log2(Math.max(1, outlets)) / log2(8));
    double time = Math.min(1, log2(1 + hours / 24.0) / log2(15));
    return 0.6 * volume + 0.25 * spread + 0.15 * time;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  /** Quiet, Moderate, Loud, Very loud at 30, 55 and 80. */
  static String label(int score) {
    return score < 30 ? "Quiet" : score < 55 ? "Moderate" : score < 80 ? "Loud" : "Very loud";
  }

  private static long windowHours(List<AnalyzedArticle> articles) {
    Instant first =
        articles.stream()
            .map(a -> a.article().published())
            .min(Comparator.naturalOrder())
            .orElseThrow();
    Instant last =
        articles.stream()
            .map(a -> a.article().published())
            .max(Comparator.naturalOrder())
            .orElseThrow();
    return Duration.between(first, last).toHours();
  }

  /**
   * Corpus figures with safe floors (a corpus with no stories compares with a one-article story).
   */
  record Typical(double articles, double p90, double outlets, double p90Outlets) {
    static Typical of(Coverage c) {
      boolean known = c != null && c.stories() > 0;
      double articles = known ? Math.max(1, c.medianArticles()) : 1;
      double p90 = known ? Math.max(articles + 1, c.p90Articles()) : 5;
      double outlets = known ? Math.max(1, c.medianOutlets()) : 1;
      double p90Outlets = Math.max(outlets + 1, p90 * outlets / articles);
      return new Typical(articles, p90, outlets, p90Outlets);
    }
  }

  /** Of the latest day's sentences (at most {@value #LATEST}), how many say something new. */
  record Substance(int checked, int fresh) {
    static Substance of(StoryText text) {
      List<StorySentence> timed = new ArrayList<>(text.publishable());
      timed.sort(
          Comparator.comparing((StorySentence s) -> s.article().article().published())
              .thenComparingInt(StorySentence::order)
              .thenComparingInt(StorySentence::index));
      if (timed.isEmpty()) {
        return new Substance(0, 0);
      }
      Instant dayStart =
          timed.get(timed.size() - 1).article().article().published().minus(Duration.ofHours(24));
      int from = timed.size();
      while (from > 0
          && from > timed.size() - LATEST
          && !timed.get(from - 1).article().article().published().isBefore(dayStart)) {
        from--;
      }
      int fresh = 0;
      for (int i = from; i < timed.size(); i++) {
        fresh += isNew(text, timed, i) ? 1 : 0;
      }
      return new Substance(timed.size() - from, fresh);
    }

    private static boolean isNew(StoryText text, List<StorySentence> timed, int i) {
      StorySentence s = timed.get(i);
      for (int j = 0; j < i; j++) {
        if (text.similarity(s, timed.get(j)) >= text.redundant()) {
          return false;
        }
      }
      return true;
    }
  }
}
