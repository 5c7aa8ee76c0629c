package dev.storyline.web.page;

import dev.storyline.domain.Brief;
import dev.storyline.domain.ForecastCheck;
import dev.storyline.domain.ForecastCheck.Status;
import dev.storyline.store.StoryCard;
import dev.storyline.web.WebPaths;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One row of a storyline's forecast scorecard, formatted: the forecast and its source, the date to
 * check it, its status and the later sentence that settled it.
 *
 * @param forecast the forecast sentence
 * @param attribution who made it, or {@code null}
 * @param source the forecast's source link
 * @param checkBy the check date ("31 Mar 2026")
 * @param checkByIso the check date, ISO
 * @param status "confirmed", "contradicted" or "open"
 * @param due true when the check date has passed and the forecast is still open
 * @param evidence the later sentence, or {@code null} when open
 * @param evidenceSource the later sentence's source link, or {@code null} when open
 */
public record ScorecardView(
    String forecast,
    String attribution,
    Link source,
    String checkBy,
    String checkByIso,
    String status,
    boolean due,
    String evidence,
    Link evidenceSource) {

  /**
   * A source link: the outlet, the article's own address when it is a safe http(s) URL, else the
   * story page that cites it.
   */
  public record Link(String outlet, String title, String url) {}

  /** The rows of a scorecard, in the stored order. */
  static List<ScorecardView> of(
      List<ForecastCheck> checks, List<StoryCard> stories, java.time.Instant now) {
    Map<String, StoryCard> cards =
        stories.stream().collect(Collectors.toMap(StoryCard::id, Function.identity(), (a, b) -> a));
    LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
    return checks.stream().map(c -> row(c, cards, today)).toList();
  }

  private static ScorecardView row(ForecastCheck c, Map<String, StoryCard> cards, LocalDate today) {
    boolean open = c.status() == Status.OPEN || c.evidence() == null;
    return new ScorecardView(
        c.claim().text(),
        blank(c.attribution()),
        link(c.claimSource(), c.storyId(), cards),
        Dates.milestone(c.checkBy(), dev.storyline.domain.DateGranularity.DAY),
        c.checkBy().toString(),
        open ? "open" : c.status().name().toLowerCase(java.util.Locale.ROOT),
        open && c.checkBy().isBefore(today),
        open ? null : c.evidence().text(),
        open ? null : link(c.evidenceSource(), c.evidenceStoryId(), cards));
  }

  private static Link link(
      Brief.SourceArticle source, String storyId, Map<String, StoryCard> cards) {
    String url = source == null ? null : WebPaths.safeUrl(source.url());
    if (url == null && storyId != null) {
      StoryCard card = cards.get(storyId);
      url = card != null ? WebPaths.story(card) : WebPaths.story(storyId, null);
    }
    return new Link(
        source == null ? "Source" : source.outlet(), source == null ? null : source.title(), url);
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
