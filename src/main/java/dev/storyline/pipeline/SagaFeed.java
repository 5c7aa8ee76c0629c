package dev.storyline.pipeline;

import dev.storyline.brief.BriefWriter;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.store.ArticleRepository;
import dev.storyline.store.StoryRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One storyline fed already analysed articles, with the brief step timed alone (for {@code bench
 * saga}): articles are stored and put in their stories without analysis or clustering, then the
 * storyline is served as the brief queue serves it. Not thread-safe.
 */
public final class SagaFeed {
  /**
   * What one serve of the storyline cost.
   *
   * @param nanos wall time
   * @param cpuNanos CPU time of the serving thread (the step runs on it, in-memory database
   *     included), steadier than wall time on a shared machine
   * @param briefsWritten briefs written
   */
  public record Cost(long nanos, long cpuNanos, long briefsWritten) {}

  private final ArticleRepository articles;
  private final StoryRepository stories;
  private final MeterRegistry meters = new SimpleMeterRegistry();
  private final BriefStep step;
  private final String lineId;
  private final Map<String, List<String>> members = new LinkedHashMap<>();
  private final Set<String> touched = new LinkedHashSet<>();

  public SagaFeed(
      BriefWriter writer,
      ArticleRepository articles,
      StoryRepository stories,
      Clock clock,
      String lineId) {
    this.articles = articles;
    this.stories = stories;
    this.lineId = lineId;
    this.step = new BriefStep(writer, articles, stories, clock, meters);
  }

  /** Stores an article in a story of the storyline; it is briefed at the next {@link #serve}. */
  public void add(AnalyzedArticle a, String storyId, Instant storedAt) {
    articles.insert(a.article(), a.article().url(), "saga-" + a.id(), storedAt);
    articles.saveAnalysis(a);
    articles.assign(a.id(), storyId);
    stories.link(storyId, lineId);
    members.computeIfAbsent(storyId, k -> new ArrayList<>()).add(a.id());
    touched.add(storyId);
  }

  /** How many stories the storyline holds. */
  public int stories() {
    return members.size();
  }

  /** Brings the storyline's briefs up to date with what was added, as the brief queue does. */
  public Cost serve() {
    Cost cost =
        timed(
            () ->
                step.rewrite(
                    Map.of(lineId, List.copyOf(members.keySet())), touched, Progress.silent()));
    touched.clear();
    return cost;
  }

  /**
   * Writes the whole storyline again from scratch, as every new article did before the brief step
   * became incremental (a fresh step, no stored basis trusted).
   */
  public Cost rewriteAll(BriefWriter writer, Clock clock) {
    BriefStep fresh = new BriefStep(writer, articles, stories, clock, meters);
    stories.forgetBriefBases(List.copyOf(members.keySet()));
    return timed(
        () ->
            fresh.rewrite(
                Map.of(lineId, List.copyOf(members.keySet())),
                Set.copyOf(members.keySet()),
                Progress.silent()));
  }

  private Cost timed(Runnable work) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double before = written();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    work.run();
    return new Cost(
        System.nanoTime() - t0,
        threads.getCurrentThreadCpuTime() - cpu0,
        Math.round(written() - before));
  }

  private double written() {
    return meters.counter("storyline.stage.items", "stage", "brief", "outcome", "written").count();
  }
}
