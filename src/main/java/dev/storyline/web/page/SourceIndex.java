package dev.storyline.web.page;

import dev.storyline.domain.Brief.SourceArticle;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import dev.storyline.store.SightingRepository.Sighting;
import dev.storyline.store.StoryDetail;
import dev.storyline.web.WebPaths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Numbers a brief's source articles (1-based, in the brief's order) and turns each {@link Line}
 * into a {@link LineView} whose links point at those numbers. A line citing an article missing from
 * the brief's sources (e.g. a timeline milestone of another story) adds that article at the end of
 * the list, so every link has an entry to land on. Not thread-safe; one per page.
 */
final class SourceIndex {

  private final Map<String, Integer> numbers = new HashMap<>();
  private final List<SourceItem> items = new ArrayList<>();
  private final Map<String, String> sentences;
  private final String pageUrl;
  private final Map<String, List<Sighting>> sightings;

  /**
   * @param sources the brief's sources, numbered in this order
   * @param sentences cited sentence texts by {@link StoryDetail#key}
   * @param pageUrl prefix for link targets: "" on the story page itself, the story URL elsewhere
   */
  SourceIndex(List<SourceArticle> sources, Map<String, String> sentences, String pageUrl) {
    this(sources, sentences, pageUrl, Map.of());
  }

  /**
   * @param sources the brief's sources, numbered in this order
   * @param sentences cited sentence texts by {@link StoryDetail#key}
   * @param pageUrl prefix for link targets: "" on the story page itself, the story URL elsewhere
   * @param sightings other places each article appeared, by article id
   */
  SourceIndex(
      List<SourceArticle> sources,
      Map<String, String> sentences,
      String pageUrl,
      Map<String, List<Sighting>> sightings) {
    this.sentences = sentences;
    this.pageUrl = pageUrl;
    this.sightings = sightings;
    sources.forEach(this::add);
  }

  /** The numbered entries, including any added by {@link #line}. */
  List<SourceItem> items() {
    return List.copyOf(items);
  }

  /** The line with one link per distinct cited sentence. */
  LineView line(Line line) {
    Set<SourceRef> refs = new LinkedHashSet<>(line.refs());
    List<LineView.SourceLink> links = new ArrayList<>();
    for (SourceRef ref : refs) {
      int number = numberOf(ref.articleId());
      String href = pageUrl + "#src-" + number;
      links.add(new LineView.SourceLink(number, href, tooltip(ref, items.get(number - 1))));
    }
    return new LineView(line.text(), links);
  }

  private int numberOf(String articleId) {
    Integer number = numbers.get(articleId);
    if (number != null) {
      return number;
    }
    String title = sentences.get(StoryDetail.key(articleId, SourceRef.TITLE));
    return add(
        new SourceArticle(
            articleId, "Other coverage", title == null ? articleId : title, null, null));
  }

  private int add(SourceArticle source) {
    Integer known = numbers.get(source.articleId());
    if (known != null) {
      return known;
    }
    int number = items.size() + 1;
    numbers.put(source.articleId(), number);
    boolean dated = source.published() != null;
    items.add(
        new SourceItem(
            number,
            "src-" + number,
            source.outlet(),
            source.title(),
            WebPaths.safeUrl(source.url()),
            dated ? Dates.day(source.published()) : "",
            dated ? Dates.iso(source.published()) : "",
            alsoAt(source.articleId()),
            source.articleId()));
    return number;
  }

  private List<SourceItem.AlsoAt> alsoAt(String articleId) {
    return sightings.getOrDefault(articleId, List.of()).stream()
        .map(s -> new SourceItem.AlsoAt(outletName(s), WebPaths.safeUrl(s.url())))
        .toList();
  }

  private static String outletName(Sighting s) {
    if (s.outlet() != null && !s.outlet().isBlank()) {
      return s.outlet();
    }
    try {
      String host = s.url() == null ? null : java.net.URI.create(s.url()).getHost();
      return host == null ? "elsewhere" : host;
    } catch (IllegalArgumentException e) {
      return "elsewhere";
    }
  }

  private String tooltip(SourceRef ref, SourceItem item) {
    String text = sentences.get(StoryDetail.key(ref.articleId(), ref.sentence()));
    if (text == null) {
      text = ref.sentence() == SourceRef.TITLE ? item.title() : "(sentence " + ref.sentence() + ")";
    }
    return item.outlet() + ": " + text;
  }
}
