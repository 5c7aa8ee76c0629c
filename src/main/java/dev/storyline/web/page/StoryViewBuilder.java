package dev.storyline.web.page;

import dev.storyline.domain.Brief;
import dev.storyline.domain.Line;
import dev.storyline.store.SightingRepository;
import dev.storyline.store.StoryCard;
import dev.storyline.store.StoryDetail;
import dev.storyline.web.WebPaths;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns a {@link StoryDetail} into a {@link StoryView}: numbers sources, formats dates. */
final class StoryViewBuilder {

  private final StoryDetail detail;
  private final Brief brief;
  private final SourceIndex index;
  private final Map<String, StoryCard> storylineCards;

  /**
   * @param detail the story
   * @param pageUrl prefix of source link targets ("" on the story page itself)
   */
  StoryViewBuilder(StoryDetail detail, String pageUrl) {
    this(detail, pageUrl, Map.of());
  }

  /**
   * @param detail the story
   * @param pageUrl prefix of source link targets ("" on the story page itself)
   * @param sightings where else each source article appeared, by article id
   */
  StoryViewBuilder(
      StoryDetail detail,
      String pageUrl,
      Map<String, List<SightingRepository.Sighting>> sightings) {
    this.detail = detail;
    this.brief = detail.brief();
    this.index = new SourceIndex(brief.sources(), detail.sentences(), pageUrl, sightings);
    this.storylineCards =
        detail.storyline().stories().stream()
            .collect(Collectors.toMap(StoryCard::id, Function.identity(), (a, b) -> a));
  }

  /** The story page's view. */
  StoryView build() {
    LineView headline = index.line(brief.headline());
    List<LineView> why = lines(brief.whyItMatters());
    List<LineView> keyPoints = lines(brief.keyPoints());
    List<LineView> summary = lines(brief.summary());
    List<LineView> explainer = lines(brief.explainer().lines());
    List<StoryView.GlossView> glosses =
        brief.explainer().glosses().stream()
            .map(g -> new StoryView.GlossView(g.actor(), index.line(g.line())))
            .toList();
    List<StoryView.CampView> sides = brief.sides().stream().map(this::camp).toList();
    List<StoryView.ForecastView> forecast =
        brief.forecast().items().stream()
            .map(
                f -> new StoryView.ForecastView(blankToNull(f.attribution()), index.line(f.line())))
            .toList();
    List<StoryView.TimelineView> timeline = timeline();
    return new StoryView(
        CardView.of(detail.card()),
        headline,
        why,
        keyPoints,
        summary,
        explainer,
        glosses,
        sides,
        noise(),
        forecast,
        disclaimer(),
        timeline,
        index.items(),
        brief.gaps(),
        detail.storyline().title(),
        WebPaths.storyline(detail.storyline().id()),
        detail.siblings().stream().map(CardView::of).toList(),
        brief.writtenAt() == null ? "" : Dates.dateTime(brief.writtenAt()),
        WriterMark.parse(brief.writer()));
  }

  private List<LineView> lines(List<Line> lines) {
    return lines.stream().map(index::line).toList();
  }

  private StoryView.CampView camp(Brief.Camp camp) {
    return new StoryView.CampView(
        camp.name(),
        camp.stances().stream()
            .map(
                s ->
                    new StoryView.StanceView(
                        s.actor(), blankToNull(s.quote()), index.line(s.line())))
            .toList());
  }

  private StoryView.NoiseView noise() {
    Brief.Noise noise = brief.noise();
    if (noise == null) {
      return null;
    }
    return new StoryView.NoiseView(
        Gauge.of(noise.score(), noise.label()),
        noise.articles(),
        noise.outlets(),
        noise.windowHours(),
        noise.basis(),
        noise.loudButThin());
  }

  private String disclaimer() {
    String text = brief.forecast().disclaimer();
    return text == null || text.isBlank() ? Brief.Forecast.DISCLAIMER : text;
  }

  private List<StoryView.TimelineView> timeline() {
    return brief.timeline().stream()
        .sorted(Comparator.comparing(Brief.TimelineEntry::date).reversed())
        .map(this::milestone)
        .toList();
  }

  private StoryView.TimelineView milestone(Brief.TimelineEntry entry) {
    String storyId = entry.storyId();
    String url = null;
    if (storyId != null) {
      StoryCard card = storylineCards.get(storyId);
      url = card != null ? WebPaths.story(card) : WebPaths.story(storyId, null);
    }
    return new StoryView.TimelineView(
        Dates.milestone(entry.date(), entry.granularity()),
        Dates.milestoneIso(entry.date(), entry.granularity()),
        entry.label(),
        url,
        storyId != null && storyId.equals(detail.card().id()),
        entry.background(),
        index.line(entry.line()));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
