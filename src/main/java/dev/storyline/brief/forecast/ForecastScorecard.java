package dev.storyline.brief.forecast;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Brief;
import dev.storyline.domain.DateMention;
import dev.storyline.domain.ForecastCheck;
import dev.storyline.domain.ForecastCheck.Status;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import dev.storyline.domain.StoryMaterial.StoryThread;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    List<ForecastCheck> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < storyline.size(); i++) {
      Brief brief = byStory.get(storyline.get(i).storyId());
      if (brief == null || brief.forecast() == null) {
        continue;
      }
      for (Brief.ForecastItem item : brief.forecast().items()) {
        if (seen.add(item.line().text())) {
          Claim claim = Claim.find(storyline.get(i), item.line());
          if (claim != null) {
            out.add(check(claim, item, storyline.subList(i + 1, storyline.size())));
          }
        }
      }
    }
    return List.copyOf(out);
  }

  private static ForecastCheck check(
      Claim claim, Brief.ForecastItem item, List<StoryThread> later) {
    ClaimMatch best = null;
    LocalDate since = published(claim.article);
    for (StoryThread thread : later) {
      for (AnalyzedArticle a : thread.articles()) {
        if (!a.article().published().isAfter(claim.article.article().published())) {
          continue;
        }
        for (AnalyzedSentence s : a.sentences()) {
          ClaimMatch m = ClaimMatch.of(claim.sentence, since, thread.storyId(), a, s);
          if (m != null && (best == null || m.similarity() > best.similarity())) {
            best = m;
          }
        }
      }
    }
    Brief.SourceArticle source = source(claim.article);
    LocalDate checkBy = checkBy(claim.sentence, since);
    if (best == null) {
      return new ForecastCheck(
          claim.storyId,
          blankToNull(item.attribution()),
          item.line(),
          source,
          checkBy,
          Status.OPEN,
          null,
          null,
          null);
    }
    Status status = best.contradicts() ? Status.CONTRADICTED : Status.CONFIRMED;
    Line evidence =
        Line.of(
            best.sentence().text(), new SourceRef(best.article().id(), best.sentence().index()));
    return new ForecastCheck(
        claim.storyId,
        blankToNull(item.attribution()),
        item.line(),
        source,
        checkBy,
        status,
        evidence,
        source(best.article()),
        best.storyId());
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

  private static LocalDate published(AnalyzedArticle a) {
    return a.article().published().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static Brief.SourceArticle source(AnalyzedArticle a) {
    return new Brief.SourceArticle(
        a.id(),
        a.article().outlet(),
        a.article().title(),
        a.article().url(),
        a.article().published());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  /** A forecast's source sentence and article. */
  private record Claim(String storyId, AnalyzedArticle article, AnalyzedSentence sentence) {
    static Claim find(StoryThread thread, Line line) {
      for (SourceRef ref : line.refs()) {
        for (AnalyzedArticle a : thread.articles()) {
          if (a.id().equals(ref.articleId())) {
            for (AnalyzedSentence s : a.sentences()) {
              if (s.index() == ref.sentence()) {
                return new Claim(thread.storyId(), a, s);
              }
            }
          }
        }
      }
      return null;
    }
  }
}
