package dev.storyline.brief;

import dev.storyline.brief.section.SidebarTitles;
import dev.storyline.brief.section.TimelineWriter;
import dev.storyline.brief.text.TextVector;
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

  /**
   * A title heading articles of this many stories of the storyline (among its latest {@link
   * #FACT_WINDOW} articles) is a site's sidebar or promo, no story's headline: Timeline17's CNN
   * pages carry "2 men charged in death of Chicago teen…" over Egypt reports of many stories.
   */
  static final int SIDEBAR_STORIES = 3;

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
    float[] core = x.core(cutoff);
    java.util.Set<String> words = x.coreWords(cutoff);
    for (int i = windowStart(n); i < n; i++) {
      SagaDigest d = all.get(i);
      if (!d.facts().isEmpty() && (d.storyId().equals(x.id) || near(d, core))) {
        d.facts().stream().filter(f -> about(f, core, words)).forEach(facts::add);
      }
    }
    java.util.Set<String> sidebars = sidebars(all, n);
    List<TimelineEntry> milestones = new ArrayList<>();
    java.util.Map<String, float[]> cores = new java.util.HashMap<>();
    for (var m : milestones(x, core, newest(open), cutoff).entrySet()) {
      SagaStory s = m.getKey();
      var headline = s.headline(cutoff);
      if (!sidebars.contains(SidebarTitles.key(headline.text()))) {
        milestones.add(TimelineWriter.milestone(s.id, s.firstDay(), headline));
        if (m.getValue() != null) {
          cores.put(s.id, m.getValue());
        }
      }
    }
    List<TimelineEntry> timeline = TimelineWriter.write(milestones, cores, facts);
    return new SagaContext(timeline, usualSize(open, x, cutoff), sidebars);
  }

  /**
   * The storyline's sidebar titles by its {@code n}-th article: titles heading articles of {@link
   * #SIDEBAR_STORIES} stories or more among the latest {@link #FACT_WINDOW}, and as well a site's
   * lines that open articles of as many stories ({@link SagaDigest#leadKeys}: a show's greeting, a
   * columnist's disclaimer, an edition prompt). They depend on which story each article is in,
   * which the ids of the articles by then do not tell, so a story's basis ({@link Saga#basis})
   * holds them too.
   */
  static java.util.Set<String> sidebars(List<SagaDigest> all, int n) {
    List<String[]> keys = new ArrayList<>();
    for (int i = windowStart(n); i < n; i++) {
      SagaDigest d = all.get(i);
      keys.add(new String[] {d.titleKey(), d.storyId()});
      d.leadKeys().forEach(k -> keys.add(new String[] {k, d.storyId()}));
    }
    return SidebarTitles.repeatedKeys(keys, SIDEBAR_STORIES);
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

  /**
   * A dated fact is background to a story only when its own sentence is about the story: at least
   * this close (embedding cosine) to the story's core, or naming one of the story's core words
   * ({@link SagaStory#coreWords}: the off-topic rule of the page checks). A roundup or digest page
   * (a radio programme's running order, a news-in-brief column) joins a story by one of its items,
   * and its other items' dated facts ("the dementia strategy, published last year, …" on an
   * earthquake page) are close neither to the story nor to the page's own title and lead, which are
   * the roundup's furniture: only the sentence itself tells. On the Timeline17 haiti, h1n1 and mj
   * pages (MiniLM) sentence cosines to a story's core are low even for the saga's own history (the
   * 1918 pandemic's toll at 0.17, Haiti's 2008 school collapses at 0.19), which short sentences
   * name in passing; a core word keeps those. The dementia item lies between -0.09 and 0.25 from
   * the quake stories' cores.
   */
  static final double ABOUT_STORY = 0.2;

  /**
   * True when the fact's sentence is close to the story's core or names one of its core words, or
   * either has no embedding.
   */
  static boolean about(TimelineWriter.Fact f, float[] core, java.util.Set<String> words) {
    double c = TextVector.cosine(f.embedding(), core);
    return Double.isNaN(c) || c >= ABOUT_STORY || f.terms().stream().anyMatch(words::contains);
  }

  /** True when the article is close to the story's core, or either has no embedding. */
  private static boolean near(SagaDigest d, float[] core) {
    double c = TextVector.cosine(d.headed().embedding(), core);
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
   * A story of the storyline is a milestone of story {@code x} only when it is about the same
   * thing: its core (title and lead embeddings by then) at least this close to {@code x}'s. A
   * storyline link can join a story of another saga that shares a place or a word with this one;
   * its headline is no step of this story's saga. On the Timeline17 haiti, h1n1 and mj pages
   * (MiniLM) 1.9 % of the story pairs fall below 0.2, about two in five of a sample of another saga
   * (a resort shootout on flu pages, the estate's record deal beside the doctor's trial); between
   * 0.2 and 0.3 (a further 7 %) three in four are of the same saga. No older story takes the place
   * of one left out (a brief reads only the newest stories, so a repair far back in the saga leaves
   * it alone): a background fact does.
   */
  static final double SAME_SAGA = 0.2;

  /**
   * The milestone stories of {@code x} (whose {@link SagaStory#core} by {@code cutoff} is {@code
   * core}): those of {@code newest} that are about the same thing (its own story always is), in
   * their order, each with its core by {@code cutoff} (null when it has none).
   */
  static java.util.Map<SagaStory, float[]> milestones(
      SagaStory x, float[] core, List<SagaStory> newest, Instant cutoff) {
    java.util.Map<SagaStory, float[]> kept = new java.util.LinkedHashMap<>();
    for (SagaStory s : newest) {
      float[] own = s == x ? core : s.core(cutoff);
      double c = s == x ? 1 : TextVector.cosine(own, core);
      if (Double.isNaN(c) || c >= SAME_SAGA) {
        kept.put(s, own);
      }
    }
    return kept;
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
