package dev.storyline.pipeline;

import dev.storyline.brief.BriefWriter;
import dev.storyline.brief.TextTopics;
import dev.storyline.brief.forecast.ForecastScorecard;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.store.ArticleRepository;
import dev.storyline.store.StoryRepository;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites and stores the briefs of every story of the touched storylines, and each storyline's
 * forecast scorecard.
 */
final class BriefStep {
  /** The text method for story topics (used where no outlet of a story carries one). */
  private static final TextTopics TOPICS = TextTopics.defaults();

  private final BriefWriter writer;
  private final ArticleRepository articles;
  private final StoryRepository stories;
  private final Clock clock;
  private final MeterRegistry meters;

  BriefStep(
      BriefWriter writer,
      ArticleRepository articles,
      StoryRepository stories,
      Clock clock,
      MeterRegistry meters) {
    this.writer = writer;
    this.articles = articles;
    this.stories = stories;
    this.clock = clock;
    this.meters = meters;
  }

  void rewrite(Map<String, List<String>> storylines, Progress progress) {
    rewrite(storylines, stories.coverage(), progress);
  }

  /** {@link #rewrite(Map, Progress)} with corpus coverage figures read beforehand. */
  void rewrite(
      Map<String, List<String>> storylines, StoryMaterial.Coverage coverage, Progress progress) {
    progress.start("brief", storylines.values().stream().mapToInt(List::size).sum());
    for (Map.Entry<String, List<String>> line : storylines.entrySet()) {
      List<StoryMaterial.StoryThread> threads = threads(line.getValue());
      if (threads.isEmpty()) {
        continue;
      }
      List<Brief> briefs = new ArrayList<>();
      for (StoryMaterial.StoryThread thread : threads) {
        briefs.add(write(thread, threads, coverage));
        progress.step(1);
      }
      List<AnalyzedArticle> first = threads.get(0).articles();
      List<AnalyzedArticle> last = threads.get(threads.size() - 1).articles();
      stories.save(
          new StoryRepository.StorylineRow(
              line.getKey(),
              StorylineTitle.of(threads, briefs.get(briefs.size() - 1).headline().text()),
              first.get(0).article().published(),
              last.get(last.size() - 1).article().published(),
              threads.size()));
      for (int i = 0; i < threads.size(); i++) {
        save(line.getKey(), threads.get(i), briefs.get(i));
      }
      stories.saveScorecard(
          line.getKey(), ForecastScorecard.score(threads, briefs), clock.instant());
    }
    progress.finish();
  }

  private List<StoryMaterial.StoryThread> threads(List<String> storyIds) {
    List<StoryMaterial.StoryThread> threads = new ArrayList<>();
    for (String id : storyIds) {
      List<AnalyzedArticle> members = articles.analyzed(articles.idsOfStory(id));
      if (!members.isEmpty()) {
        threads.add(new StoryMaterial.StoryThread(id, members));
      }
    }
    threads.sort(
        Comparator.comparing(
                (StoryMaterial.StoryThread t) -> t.articles().get(0).article().published())
            .thenComparing(StoryMaterial.StoryThread::storyId));
    return threads;
  }

  private Brief write(
      StoryMaterial.StoryThread thread,
      List<StoryMaterial.StoryThread> line,
      StoryMaterial.Coverage coverage) {
    StoryMaterial material =
        new StoryMaterial(thread.storyId(), thread.articles(), line, coverage, clock.instant());
    Brief brief =
        meters.timer("storyline.stage.time", "stage", "brief").record(() -> writer.write(material));
    meters.counter("storyline.stage.items", "stage", "brief", "outcome", "written").increment();
    return brief;
  }

  private void save(String storylineId, StoryMaterial.StoryThread thread, Brief brief) {
    if (!stories.linked(thread.storyId(), storylineId)) {
      return; // a repair took the story out of this storyline meanwhile
    }
    List<AnalyzedArticle> members = thread.articles();
    Map<String, Integer> outlets = new LinkedHashMap<>();
    members.forEach(a -> outlets.merge(a.article().outlet(), 1, Integer::sum));
    List<String> byCount =
        outlets.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .map(Map.Entry::getKey)
            .toList();
    Instant first = members.get(0).article().published();
    Instant last = members.get(members.size() - 1).article().published();
    stories.save(
        new StoryRepository.StoryRow(
            thread.storyId(),
            storylineId,
            brief.headline().text(),
            first,
            last,
            members.size(),
            byCount,
            brief.noise().score(),
            brief,
            clock.instant(),
            TOPICS.of(members)));
  }
}
