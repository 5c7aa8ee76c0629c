package dev.storyline.web.api;

import dev.storyline.domain.Brief;
import dev.storyline.domain.ForecastCheck;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import dev.storyline.store.SightingRepository;
import dev.storyline.store.StoryCard;
import dev.storyline.store.StoryDetail;
import dev.storyline.store.StorylineCard;
import dev.storyline.web.WebPaths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Maps store records to the API's records. Stateless apart from one story's source lookup. */
final class ApiMapper {

  private ApiMapper() {}

  static StoryCardJson card(StoryCard card) {
    return new StoryCardJson(
        card.id(),
        card.slug(),
        card.headline(),
        WebPaths.story(card),
        WebPaths.apiStory(card.id()),
        card.storylineId(),
        card.firstPublished(),
        card.lastPublished(),
        card.articles(),
        card.outlets(),
        noise(card.noise()),
        card.whyItMatters());
  }

  static StorylineJson storyline(StorylineCard line, List<ForecastCheck> scorecard) {
    Map<String, String> storyUrls = new HashMap<>();
    line.stories().forEach(s -> storyUrls.put(s.id(), WebPaths.story(s)));
    return new StorylineJson(
        line.id(),
        line.slug(),
        line.title(),
        WebPaths.storyline(line.id()),
        line.first(),
        line.last(),
        line.stories().stream().map(ApiMapper::card).toList(),
        scorecard.stream().map(c -> check(c, storyUrls)).toList());
  }

  private static ScorecardJson check(ForecastCheck c, Map<String, String> storyUrls) {
    String storyUrl = storyUrl(c.storyId(), storyUrls);
    boolean open = c.status() == ForecastCheck.Status.OPEN || c.evidence() == null;
    ScorecardJson.Evidence evidence = null;
    if (!open) {
      String evidenceStory = storyUrl(c.evidenceStoryId(), storyUrls);
      ScorecardJson.Source source = source(c.evidence(), c.evidenceSource(), evidenceStory);
      evidence =
          new ScorecardJson.Evidence(
              c.evidence().text(), c.evidenceStoryId(), evidenceStory, source.url(), source);
    }
    return new ScorecardJson(
        c.storyId(),
        storyUrl,
        c.claim().text(),
        c.attribution(),
        source(c.claim(), c.claimSource(), storyUrl),
        c.checkBy(),
        open ? "open" : c.status().name().toLowerCase(java.util.Locale.ROOT),
        evidence);
  }

  private static String storyUrl(String storyId, Map<String, String> storyUrls) {
    return storyId == null ? null : storyUrls.getOrDefault(storyId, WebPaths.story(storyId, null));
  }

  /**
   * The line's first reference, described by its article; the link falls back to the story page.
   */
  private static ScorecardJson.Source source(
      Line line, Brief.SourceArticle article, String storyUrl) {
    SourceRef ref = line.refs().get(0);
    String url = article == null ? null : WebPaths.safeUrl(article.url());
    return new ScorecardJson.Source(
        ref.articleId(),
        ref.sentence(),
        article == null ? null : article.outlet(),
        article == null ? null : article.title(),
        url == null ? storyUrl : url,
        article == null ? null : article.published());
  }

  static NoiseJson noise(Brief.Noise n) {
    return n == null
        ? null
        : new NoiseJson(
            n.score(),
            n.label(),
            n.articles(),
            n.outlets(),
            n.windowHours(),
            n.basis(),
            n.loudButThin());
  }

  static StoryJson story(StoryDetail detail) {
    return story(detail, Map.of());
  }

  /**
   * Maps a story whose source articles also appeared elsewhere ({@code sightings} by article id).
   */
  static StoryJson story(
      StoryDetail detail, Map<String, List<SightingRepository.Sighting>> sightings) {
    return new StoryMapping(detail, sightings).json();
  }

  /** Maps one story; knows its sources so each reference can name outlet, URL and sentence. */
  private static final class StoryMapping {
    private final StoryDetail detail;
    private final Brief brief;
    private final Map<String, Brief.SourceArticle> sources = new HashMap<>();
    private final Map<String, List<SightingRepository.Sighting>> sightings;

    StoryMapping(StoryDetail detail, Map<String, List<SightingRepository.Sighting>> sightings) {
      this.detail = detail;
      this.sightings = sightings;
      this.brief = detail.brief();
      brief.sources().forEach(s -> sources.putIfAbsent(s.articleId(), s));
    }

    StoryJson json() {
      StorylineCard line = detail.storyline();
      return new StoryJson(
          detail.card().id(),
          WebPaths.story(detail.card()),
          card(detail.card()),
          new StoryJson.StorylineRef(
              line.id(),
              line.title(),
              WebPaths.storyline(line.id()),
              WebPaths.apiStoryline(line.id())),
          Brief.SECTIONS,
          line(brief.headline()),
          lines(brief.whyItMatters()),
          lines(brief.keyPoints()),
          lines(brief.summary()),
          explainer(),
          brief.sides().stream().map(this::camp).toList(),
          noise(brief.noise()),
          forecast(),
          brief.timeline().stream().map(this::milestone).toList(),
          sourceList(),
          brief.gaps(),
          brief.writtenAt(),
          brief.writer(),
          null,
          List.of());
    }

    private LineJson line(Line line) {
      return new LineJson(line.text(), line.refs().stream().map(this::ref).toList());
    }

    private List<LineJson> lines(List<Line> lines) {
      return lines.stream().map(this::line).toList();
    }

    private LineJson.Ref ref(SourceRef ref) {
      Brief.SourceArticle source = sources.get(ref.articleId());
      String text = detail.sentences().get(StoryDetail.key(ref.articleId(), ref.sentence()));
      return new LineJson.Ref(
          ref.articleId(),
          ref.sentence(),
          source == null ? null : source.outlet(),
          source == null ? null : WebPaths.safeUrl(source.url()),
          text);
    }

    private StoryJson.Explainer explainer() {
      return new StoryJson.Explainer(
          lines(brief.explainer().lines()),
          brief.explainer().glosses().stream()
              .map(g -> new StoryJson.Gloss(g.actor(), line(g.line())))
              .toList());
    }

    private StoryJson.Camp camp(Brief.Camp camp) {
      return new StoryJson.Camp(
          camp.name(),
          camp.stances().stream()
              .map(s -> new StoryJson.Stance(s.actor(), s.quote(), line(s.line())))
              .toList());
    }

    private StoryJson.Forecast forecast() {
      return new StoryJson.Forecast(
          brief.forecast().items().stream()
              .map(f -> new StoryJson.ForecastItem(f.attribution(), line(f.line())))
              .toList(),
          brief.forecast().disclaimer());
    }

    private StoryJson.Milestone milestone(Brief.TimelineEntry e) {
      String url =
          e.storyId() == null
              ? null
              : detail.storyline().stories().stream()
                  .filter(s -> s.id().equals(e.storyId()))
                  .findFirst()
                  .map(WebPaths::story)
                  .orElse(WebPaths.story(e.storyId(), null));
      return new StoryJson.Milestone(
          e.date(),
          e.granularity().name(),
          e.label(),
          e.storyId(),
          url,
          e.background(),
          line(e.line()));
    }

    private List<StoryJson.Source> sourceList() {
      List<Brief.SourceArticle> list = brief.sources();
      return java.util.stream.IntStream.range(0, list.size())
          .mapToObj(
              i ->
                  new StoryJson.Source(
                      i + 1,
                      list.get(i).articleId(),
                      list.get(i).outlet(),
                      list.get(i).title(),
                      WebPaths.safeUrl(list.get(i).url()),
                      list.get(i).published(),
                      appearances(list.get(i).articleId())))
          .toList();
    }

    private List<StoryJson.Appearance> appearances(String articleId) {
      return sightings.getOrDefault(articleId, List.of()).stream()
          .map(s -> new StoryJson.Appearance(s.outlet(), WebPaths.safeUrl(s.url()), s.seenAt()))
          .toList();
    }
  }
}
