package dev.storyline.brief;

import dev.storyline.brief.section.TimelineWriter;
import dev.storyline.domain.Brief.TimelineEntry;
import dev.storyline.domain.StoryMaterial.SagaContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Part of {@link Saga}: builds what the storyline contributes to a story's brief from the storyline
 * as it stood at the story's latest article ({@link Saga#context}).
 */
final class SagaContexts {
  /**
   * Background facts come from the storyline's latest this many articles by then: a long saga's
   * timeline draws on its recent coverage, and writing a brief costs the same however long the saga
   * grew.
   */
  static final int FACT_WINDOW = 400;

  private SagaContexts() {}

  /**
   * The context of story {@code x}.
   *
   * @param order every story, by first publication, then id
   * @param all every article, by publication, then id
   * @param n how many of {@code all} were published by {@code x}'s latest article (the facts of the
   *     latest {@link #FACT_WINDOW} of them are read)
   */
  static SagaContext of(SagaStory x, List<SagaStory> order, List<SagaDigest> all, int n) {
    Instant cutoff = x.last();
    List<SagaStory> open = started(order, cutoff);
    List<TimelineWriter.Fact> facts = new ArrayList<>();
    float[] core = core(x);
    for (int i = windowStart(n); i < n; i++) {
      SagaDigest d = all.get(i);
      if (!d.facts().isEmpty() && (d.storyId().equals(x.id) || near(d, core))) {
        facts.addAll(d.facts());
      }
    }
    List<TimelineEntry> milestones = new ArrayList<>();
    for (SagaStory s : newest(open)) {
      milestones.add(TimelineWriter.milestone(s.id, s.firstDay(), s.headline(cutoff)));
    }
    List<TimelineEntry> timeline = TimelineWriter.write(milestones, facts);
    return new SagaContext(timeline, usualSize(open, x, cutoff));
  }

  /**
   * A fingerprint of what {@link #of} reads besides the articles published by then: story {@code
   * x}'s own articles, the stories its milestones come from (with their articles by then) and the
   * usual story size. A repair that merges or splits stories far from {@code x} changes none of
   * these, so it leaves {@code x}'s brief alone.
   */
  static long shape(SagaStory x, List<SagaStory> order) {
    Instant cutoff = x.last();
    List<SagaStory> open = started(order, cutoff);
    long h = x.fingerprintBy(cutoff);
    for (SagaStory s : newest(open)) {
      h = h * 31 + s.fingerprintBy(cutoff);
      h = h * 31 + s.firstDay().toEpochDay();
    }
    return h * 31 + Double.doubleToLongBits(usualSize(open, x, cutoff));
  }

  /**
   * An article of another story of the storyline gives background facts to a story only when it is
   * about the same thing: its title and lead at least this close (embedding cosine) to the story's.
   * A storyline gathers pages that only share a place or a name (a music page that mentions the
   * quake's telethon); their dated facts ("the band formed in 1992") are no background to the
   * quake.
   */
  static final double NEAR_STORY = 0.3;

  /** The sum of the story's article embeddings (its direction), or null when they have none. */
  private static float[] core(SagaStory x) {
    float[] sum = null;
    for (SagaDigest d : x.articles) {
      float[] e = d.headed().embedding();
      if (e == null || e.length == 0 || (sum != null && e.length != sum.length)) {
        continue;
      }
      sum = sum == null ? new float[e.length] : sum;
      for (int i = 0; i < e.length; i++) {
        sum[i] += e[i];
      }
    }
    return sum;
  }

  /** True when the article is close to the story's core, or either has no embedding. */
  private static boolean near(SagaDigest d, float[] core) {
    double c = dev.storyline.brief.text.TextVector.cosine(d.headed().embedding(), core);
    return Double.isNaN(c) || c >= NEAR_STORY;
  }

  /** The first of the {@link #FACT_WINDOW} articles before the {@code n}th. */
  static int windowStart(int n) {
    return Math.max(0, n - FACT_WINDOW);
  }

  /** Stories with an article published by {@code cutoff}, by first publication, then id. */
  private static List<SagaStory> started(List<SagaStory> all, Instant cutoff) {
    int lo = 0;
    int hi = all.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).first().isAfter(cutoff)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return all.subList(0, lo);
  }

  /**
   * The stories of the newest {@link TimelineWriter#MAX_MILESTONES} milestones, newest day first
   * (stories of one day in their order). {@code open} is sorted by first publication, so only its
   * tail, widened to whole days, can hold them.
   */
  static List<SagaStory> newest(List<SagaStory> open) {
    int from = Math.max(0, open.size() - TimelineWriter.MAX_MILESTONES);
    while (from > 0 && open.get(from - 1).firstDay().equals(open.get(from).firstDay())) {
      from--;
    }
    List<SagaStory> byDate = new ArrayList<>(open.subList(from, open.size()));
    byDate.sort(Comparator.comparing(SagaStory::firstDay).reversed());
    return byDate.subList(0, Math.min(TimelineWriter.MAX_MILESTONES, byDate.size()));
  }

  /** The median article count by then of the other stories (0 when there are none). */
  private static double usualSize(List<SagaStory> open, SagaStory x, Instant cutoff) {
    List<Integer> sizes = new ArrayList<>();
    for (SagaStory s : open) {
      if (s != x) {
        sizes.add(s.sizeBy(cutoff));
      }
    }
    if (sizes.isEmpty()) {
      return 0;
    }
    sizes.sort(Comparator.naturalOrder());
    int mid = sizes.size() / 2;
    return sizes.size() % 2 == 1 ? sizes.get(mid) : (sizes.get(mid - 1) + sizes.get(mid)) / 2.0;
  }
}
