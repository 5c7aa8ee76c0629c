package dev.storyline.brief.forecast;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Brief;
import dev.storyline.domain.ForecastCheck;
import dev.storyline.domain.ForecastCheck.Status;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import dev.storyline.domain.StoryMaterial.StoryThread;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * One forecast item of a story's brief in a {@link ForecastLedger}, its claim prepared, and the
 * evidence found so far (every match, whatever its story).
 */
public final class Forecast {
  final String storyId;
  final Brief.ForecastItem item;
  final ClaimMatch.Claim claim;
  private final Brief.SourceArticle claimSource;
  final Instant claimPublished;

  /** Every match found, by article id and sentence index. */
  final Map<String, ClaimMatch> matches = new HashMap<>();

  private Forecast(
      String storyId,
      Brief.ForecastItem item,
      ClaimMatch.Claim claim,
      Brief.SourceArticle claimSource) {
    this.storyId = storyId;
    this.item = item;
    this.claim = claim;
    this.claimSource = claimSource;
    this.claimPublished = claimSource == null ? null : claimSource.published();
  }

  /** The forecast of an item, with its claim found in the story's articles (or none). */
  static Forecast of(StoryThread thread, Brief.ForecastItem item) {
    for (SourceRef ref : item.line().refs()) {
      for (AnalyzedArticle a : thread.articles()) {
        if (a.id().equals(ref.articleId())) {
          for (AnalyzedSentence s : a.sentences()) {
            if (s.index() == ref.sentence()) {
              LocalDate since = a.article().published().atZone(ZoneOffset.UTC).toLocalDate();
              return new Forecast(
                  thread.storyId(),
                  item,
                  ClaimMatch.Claim.of(s, since),
                  PreparedEvidence.source(a));
            }
          }
        }
      }
    }
    return new Forecast(thread.storyId(), item, null, null);
  }

  /** When the forecast's sentence was published ({@code null} when it was not found). */
  public Instant claimPublished() {
    return claimPublished;
  }

  ForecastCheck check(ClaimMatch best) {
    LocalDate checkBy = ForecastScorecard.checkBy(claim.sentence(), claim.since());
    String attribution =
        item.attribution() == null || item.attribution().isBlank() ? null : item.attribution();
    if (best == null) {
      return new ForecastCheck(
          storyId, attribution, item.line(), claimSource, checkBy, Status.OPEN, null, null, null);
    }
    Status status = best.contradicts() ? Status.CONTRADICTED : Status.CONFIRMED;
    Line evidence =
        Line.of(
            best.sentence().text(),
            new SourceRef(best.source().articleId(), best.sentence().index()));
    return new ForecastCheck(
        storyId,
        attribution,
        item.line(),
        claimSource,
        checkBy,
        status,
        evidence,
        best.source(),
        best.storyId());
  }
}
