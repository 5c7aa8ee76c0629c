package dev.storyline.brief.forecast;

import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Brief;
import dev.storyline.domain.DateMention;
import dev.storyline.domain.ForecastCheck;
import dev.storyline.domain.StoryMaterial.StoryThread;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a storyline's forecasts against its later coverage. Each forecast item of each story's
 * brief gets a date to check it (the latest future date resolved in its sentence, else publication
 * plus 90 days) and is matched against the sentences of the storyline's later stories published
 * after it: a sentence close enough to the claim ({@link ClaimMatch}) confirms it, or contradicts
 * it when it carries a contradiction cue the claim does not ("did not", "was delayed", "rejected").
 * Only plain past-tense reports count as evidence: never forward-looking sentences, attributed
 * speech or dated background from before the forecast. A pure function of its input, run offline
 * when briefs are written.
 */
public final class ForecastScorecard {
  /** Days after publication to check a forecast whose sentence names no future date. */
  static final int DEFAULT_DAYS = 90;

  private ForecastScorecard() {}

  /**
   * The scorecard of a storyline.
   *
   * @param storyline the storyline's stories, oldest first
   * @param briefs the stories' briefs (matched by story id; stories without one are skipped)
   * @return one check per distinct forecast, in story order
   */
  public static List<ForecastCheck> score(List<StoryThread> storyline, List<Brief> briefs) {
    Map<String, Brief> byStory = new HashMap<>();
    briefs.forEach(b -> byStory.put(b.storyId(), b));
    ForecastLedger ledger = new ForecastLedger();
    ledger.order(storyline.stream().map(StoryThread::storyId).toList());
    for (StoryThread thread : storyline) {
      Brief brief = byStory.get(thread.storyId());
      if (brief != null && brief.forecast() != null) {
        ledger.put(thread, brief);
      }
    }
    Map<String, String> storyOf = new HashMap<>();
    for (StoryThread thread : storyline) {
      thread.articles().forEach(a -> storyOf.put(a.id(), thread.storyId()));
      thread.articles().forEach(ledger::offer);
    }
    return ledger.checks(storyOf::get);
  }

  /** The latest future date resolved in the sentence (its last day), else publication + 90 days. */
  static LocalDate checkBy(AnalyzedSentence sentence, LocalDate published) {
    LocalDate latest = null;
    for (DateMention d : sentence.dates()) {
      LocalDate last = lastDay(d);
      if (last.isAfter(published) && (latest == null || last.isAfter(latest))) {
        latest = last;
      }
    }
    return latest != null ? latest : published.plusDays(DEFAULT_DAYS);
  }

  private static LocalDate lastDay(DateMention d) {
    return switch (d.granularity()) {
      case YEAR -> d.date().withDayOfYear(d.date().lengthOfYear());
      case MONTH -> d.date().withDayOfMonth(d.date().lengthOfMonth());
      default -> d.date();
    };
  }
}
