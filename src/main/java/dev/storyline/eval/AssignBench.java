package dev.storyline.eval;

import dev.storyline.cluster.StoryClusterer;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.EntityKind;
import dev.storyline.domain.EntityMention;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Time to assign one article after the clusterer has taken in N articles, on synthetic data: a
 * stream in publication order at a steady rate ({@code perDay} articles a day, so 10,000 articles
 * span 5 days and 1,000,000 span 500 days at the default 2,000), made of stories of three articles
 * around random unit centres published within six hours, each article with one named entity. The
 * timed articles arrive after the fill, as new articles do. Stories older than the window are
 * evicted as the stream goes, so state is bounded by the articles of one window. Prints p50/p99,
 * what the clusterer still holds, and heap in use after the fill.
 */
final class AssignBench {
  private static final int DIMENSION = 384;
  private static final Instant START = Instant.parse("2021-01-01T00:00:00Z");

  private final PrintStream out;
  private final StoryClusterer.Settings settings;
  private final int perDay;
  private final Function<StoryClusterer.Settings, StoryClusterer> factory;

  AssignBench(PrintStream out, StoryClusterer.Settings settings, int perDay) {
    this(out, settings, perDay, StoryClusterer::new);
  }

  /** With another clusterer (developer tools compare variants). */
  AssignBench(
      PrintStream out,
      StoryClusterer.Settings settings,
      int perDay,
      Function<StoryClusterer.Settings, StoryClusterer> factory) {
    this.out = out;
    this.settings = settings;
    this.perDay = perDay;
    this.factory = factory;
  }

  void run(int size, int queries) {
    Random random = new Random(42);
    StoryClusterer clusterer = factory.apply(settings);
    double gap = 86400.0 / perDay;
    long fillStart = System.nanoTime();
    float[] centre = null;
    for (int i = 0; i < size; i++) {
      centre = i % 3 == 0 ? unit(random, null, 0) : centre;
      clusterer.replay(article("f" + i, centre, (long) (i * gap), random), "st" + (i / 3));
    }
    // Warm-up: makes the fill searchable (the first search after a fill builds the HNSW graph of
    // everything buffered) and lets the JIT compile the scoring path before anything is timed.
    long t = (long) (size * gap);
    for (int w = 0; w < 1500; w++) {
      clusterer.assign(article("w" + w, unit(random, null, 0), t + (long) (w * gap), random));
    }
    t += (long) (1500 * gap);
    double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long[] nanos = new long[queries];
    for (int q = 0; q < queries; q++) {
      float[] c = unit(random, null, 0);
      AnalyzedArticle a = article("q" + q, c, t + (long) (q * gap), random);
      long t0 = System.nanoTime();
      clusterer.assign(a);
      nanos[q] = System.nanoTime() - t0;
    }
    Arrays.sort(nanos);
    out.printf(
        Locale.ROOT,
        "stream %,9d articles over %.0f days: assign p50 %.2f ms, p99 %.2f ms, max %.2f ms"
            + " (%d assignments); fill %.0f s; held: %,d stories, %,d indexed articles; heap in use %d MB%n",
        size,
        size * gap / 86400,
        nanos[queries / 2] / 1e6,
        nanos[(int) (queries * 0.99)] / 1e6,
        nanos[queries - 1] / 1e6,
        queries,
        fillSeconds,
        clusterer.storyCount(),
        clusterer.indexedArticles(),
        heap / (1024 * 1024));
  }

  private static AnalyzedArticle article(String id, float[] centre, long second, Random random) {
    float[] v = unit(random, centre, 0.35f);
    long jitter = centre == null ? 0 : random.nextInt(6 * 3600);
    Article a =
        new Article(id, "Outlet", null, START.plusSeconds(second + jitter), "", "", Map.of());
    String name = "entity" + random.nextInt(5000);
    return new AnalyzedArticle(
        a, List.of(), List.of(new EntityMention(name, name, EntityKind.OTHER, 0, 1)), v);
  }

  /** A random unit vector, or one near {@code centre} with the given noise. */
  private static float[] unit(Random random, float[] centre, float noise) {
    float[] v = new float[DIMENSION];
    double n = 0;
    for (int i = 0; i < DIMENSION; i++) {
      v[i] =
          (centre == null ? 0 : centre[i])
              + (float) random.nextGaussian()
                  * (centre == null ? 1 : noise / (float) Math.sqrt(DIMENSION));
      n += v[i] * v[i];
    }
    for (int i = 0; i < DIMENSION; i++) {
      v[i] /= (float) Math.sqrt(n);
    }
    return v;
  }
}
