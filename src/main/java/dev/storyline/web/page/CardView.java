package dev.storyline.web.page;

import dev.storyline.domain.Brief;
import dev.storyline.store.StoryCard;
import dev.storyline.web.WebPaths;
import java.util.List;

/**
 * What a story card shows, formatted.
 *
 * @param id story id
 * @param url canonical story URL
 * @param headline headline
 * @param storylineUrl URL of its storyline page
 * @param whyItMatters first Why-It-Matters line, or "" when none
 * @param gauge the noise gauge, or {@code null} when the story has no noise level
 * @param outlets outlet names, most articles first
 * @param articles number of articles
 * @param span coverage window in UTC
 * @param updated last publication time in UTC
 * @param updatedIso last publication time, ISO-8601
 * @param balance coverage by lean, or {@code null} where not shown
 * @param topics the story's topics (empty where not shown)
 */
public record CardView(
    String id,
    String url,
    String headline,
    String storylineUrl,
    String whyItMatters,
    Gauge gauge,
    List<String> outlets,
    int articles,
    String span,
    String updated,
    String updatedIso,
    CoverageView balance,
    List<TopicLink> topics) {

  public CardView {
    topics = topics == null ? List.of() : List.copyOf(topics);
  }

  /** Formats a store card. */
  public static CardView of(StoryCard card) {
    Brief.Noise noise = card.noise();
    return new CardView(
        card.id(),
        WebPaths.story(card),
        card.headline(),
        WebPaths.storyline(card.storylineId()),
        card.whyItMatters() == null ? "" : card.whyItMatters(),
        noise == null ? null : Gauge.of(noise.score(), noise.label()),
        card.outlets(),
        card.articles(),
        Dates.span(card.firstPublished(), card.lastPublished()),
        Dates.dateTime(card.lastPublished()),
        Dates.iso(card.lastPublished()),
        null,
        List.of());
  }

  /** The same card with its coverage balance and topics. */
  CardView with(CoverageView balance, List<TopicLink> topics) {
    return new CardView(
        id,
        url,
        headline,
        storylineUrl,
        whyItMatters,
        gauge,
        outlets,
        articles,
        span,
        updated,
        updatedIso,
        balance,
        topics);
  }

  /** Up to three outlet names, then "and N more". */
  public String outletList() {
    if (outlets.size() <= 3) {
      return String.join(", ", outlets);
    }
    return String.join(", ", outlets.subList(0, 3)) + " and " + (outlets.size() - 3) + " more";
  }

  /** "3 articles from 2 outlets" style count line. */
  public String coverage() {
    int n = outlets.size();
    return articles
        + (articles == 1 ? " article" : " articles")
        + " from "
        + n
        + (n == 1 ? " outlet" : " outlets");
  }
}
