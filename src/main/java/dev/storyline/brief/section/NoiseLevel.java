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
 * Noise Level: how loud the coverage is compared with a typical story (articles, distinct outlets
 * and articles per day against the corpus median and 90th percentile, nudged by the storyline's
 * usual story size), and how much of the latest day's coverage adds new facts.
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
    double perDay = n / Math.max(1.0, hours / 24.0);
    Typical typical = Typical.of(material.coverage());
    double score =
        0.45 * scale(n, typical.articles, typical.p90)
            + 0.35 * scale(outlets, typical.outlets, typical.p90Outlets)
            + 0.20 * scale(perDay, typical.articles, typical.p90);
    double usual = material.saga().usualStorySize();
    if (usual > 0) {
      score += Math.max(-6, Math.min(6, 3 * Math.log(n / usual) / Math.log(2)));
    }
    int rounded = (int) Math.round(Math.max(0, Math.min(100, score)));
    Substance substance = Substance.of(text);
    boolean thin =
        rounded >= THIN_SCORE
            && substance.checked > 0
            && substance.fresh < THIN_SHARE * substance.checked;
    String basis = NoiseBasis.of(n, outlets, hours, material.coverage(), typical, usual, substance);
    return new Noise(rounded, label(rounded), n, (int) outlets, hours, basis, thin);
  }

  /**
   * Quiet below a median story (35), Loud from past the median towards the 90th percentile (70).
   */
  static String label(int score) {
    return score < 30 ? "Quiet" : score < 55 ? "Moderate" : score < 80 ? "Loud" : "Very loud";
  }

  /** 35 at the median, 70 at the 90th percentile, approaching 100 beyond. */
  static double scale(double x, double median, double p90) {
    if (x <= median) {
      return 35 * x / median;
    }
    if (x <= p90) {
      return 35 + 35 * (x - median) / (p90 - median);
    }
    return 70 + 30 * (1 - Math.exp(-(x - p90) / p90));
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
