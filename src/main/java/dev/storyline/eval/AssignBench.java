package dev.storyline.eval;

import dev.storyline.cluster.StoryClusterer;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.EntityKind;
import dev.storyline.domain.EntityMention;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Time to assign one article when the clusterer already holds N articles, on synthetic data:
 * stories of three articles around random unit centres, spread evenly over five years, each with
 * one named entity. Prints p50/p99 and heap in use after the fill.
 */
final class AssignBench {
  private static final int DIMENSION = 384;
  private static final Instant START = Instant.parse("2021-01-01T00:00:00Z");
  private static final long SPAN_SECONDS = Duration.ofDays(5 * 365).toSeconds();

  private final PrintStream out;
  private final StoryClusterer.Settings settings;

  AssignBench(PrintStream out, StoryClusterer.Settings settings) {
    this.out = out;
    this.settings = settings;
  }

  void run(int size, int queries) {
    Random random = new Random(42);
    StoryClusterer clusterer = new StoryClusterer(settings);
    long fillStart = System.nanoTime();
    float[] centre = null;
    long time = 0;
    for (int i = 0; i < size; i++) {
      if (i % 3 == 0) {
        centre = unit(random, null, 0);
        time = (long) (random.nextDouble() * SPAN_SECONDS);
      }
      clusterer.replay(article("f" + i, centre, time + random.nextInt(6 * 3600), random), "st" + (i / 3));
    }
    // Warm-up: makes the fill searchable (the first search after a fill builds the HNSW graph of
    // everything buffered) and lets the JIT compile the scoring path before anything is timed.
    for (int w = 0; w < 1500; w++) {
      clusterer.assign(article("w" + w, unit(random, null, 0), (long) (random.nextDouble() * SPAN_SECONDS), random));
    }
    double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long[] nanos = new long[queries];
    for (int q = 0; q < queries; q++) {
      float[] c = unit(random, null, 0);
      AnalyzedArticle a = article("q" + q, c, (long) (random.nextDouble() * SPAN_SECONDS), random);
      long t0 = System.nanoTime();
      clusterer.assign(a);
      nanos[q] = System.nanoTime() - t0;
    }
    Arrays.sort(nanos);
    out.printf(Locale.ROOT, "index %,9d articles: assign p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d assignments); fill %.0f s; heap in use %d MB%n",
        size, nanos[queries / 2] / 1e6, nanos[(int) (queries * 0.99)] / 1e6, nanos[queries - 1] / 1e6, queries, fillSeconds,
        heap / (1024 * 1024));
  }

  private static AnalyzedArticle article(String id, float[] centre, long second, Random random) {
    float[] v = unit(random, centre, 0.35f);
    Article a = new Article(id, "Outlet", null, START.plusSeconds(second), "", "", Map.of());
    String name = "entity" + random.nextInt(5000);
    return new AnalyzedArticle(a, List.of(), List.of(new EntityMention(name, name, EntityKind.OTHER, 0, 1)), v);
  }

  /** A random unit vector, or one near {@code centre} with the given noise. */
  private static float[] unit(Random random, float[] centre, float noise) {
    float[] v = new float[DIMENSION];
    double n = 0;
    for (int i = 0; i < DIMENSION; i++) {
      v[i] = (centre == null ? 0 : centre[i]) + (float) random.nextGaussian() * (centre == null ? 1 : noise / (float) Math.sqrt(DIMENSION));
      n += v[i] * v[i];
    }
    for (int i = 0; i < DIMENSION; i++) {
      v[i] /= (float) Math.sqrt(n);
    }
    return v;
  }
}
