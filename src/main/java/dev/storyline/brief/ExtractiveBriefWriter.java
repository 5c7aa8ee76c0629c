package dev.storyline.brief;

import dev.storyline.brief.actor.Actors;
import dev.storyline.brief.section.ExplainerWriter;
import dev.storyline.brief.section.ForecastWriter;
import dev.storyline.brief.section.HeadlineWriter;
import dev.storyline.brief.section.KeyPointsWriter;
import dev.storyline.brief.section.NoiseLevel;
import dev.storyline.brief.section.Retold;
import dev.storyline.brief.section.SagaScope;
import dev.storyline.brief.section.SideStances;
import dev.storyline.brief.section.SidesForecasts;
import dev.storyline.brief.section.SidesWriter;
import dev.storyline.brief.section.SummaryOpening;
import dev.storyline.brief.section.SummaryWriter;
import dev.storyline.brief.section.WhyItMattersWriter;
import dev.storyline.brief.text.MarginalRelevance;
import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.StoryText;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief;
import dev.storyline.domain.Brief.Camp;
import dev.storyline.domain.Brief.Explainer;
import dev.storyline.domain.Brief.Forecast;
import dev.storyline.domain.Brief.SourceArticle;
import dev.storyline.domain.Brief.TimelineEntry;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import dev.storyline.domain.StoryMaterial;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The offline brief writer: every section is made of source sentences (or titles), verbatim or
 * trimmed of a leading connective or dateline, each citing its article and sentence. Sections
 * without enough material are left empty and explained in {@link Brief#gaps()}.
 *
 * <p>Stateless and thread-safe; no I/O; the brief's time is {@link StoryMaterial#now()}. The
 * material must hold at least one article.
 */
public final class ExtractiveBriefWriter implements BriefWriter {
  /** The {@link Brief#writer()} name of this writer. */
  public static final String NAME = "extractive";

  static final String NO_HEADLINE = "No headline in the sources.";
  static final String NO_WHY = "No sentence in the coverage says why this matters yet.";
  static final String ONE_ARTICLE =
      "Only one article so far; key points need more than one report.";
  static final String NO_KEY_POINTS = "Too little distinct material for key points yet.";
  static final String NO_SUMMARY = "Too little text for a summary yet.";
  static final String NO_EXPLAINER = "No plain explanatory sentences or actor descriptions yet.";
  static final String NO_SIDES = "No attributed stances in the coverage so far.";
  static final String NO_FORECAST = "No forward-looking statements in the coverage so far.";

  private final boolean openingFirst;

  /** The page with the summary's opening chosen first (see {@link SummaryOpening}). */
  public ExtractiveBriefWriter() {
    this(true);
  }

  /**
   * With {@code openingFirst} false, the whole summary chooses after Sides and Forecast (the page
   * before issue 15; kept to measure the opening against).
   */
  public ExtractiveBriefWriter(boolean openingFirst) {
    this.openingFirst = openingFirst;
  }

  @Override
  public Brief write(StoryMaterial material) {
    if (material.articles().isEmpty()) {
      throw new IllegalArgumentException("story " + material.storyId() + " has no articles");
    }
    List<AnalyzedArticle> articles = new ArrayList<>(material.articles());
    articles.sort(Comparator.comparing(a -> a.article().published()));
    return write(material, articles, StoryText.of(articles), Actors.of(articles));
  }

  private Brief write(
      StoryMaterial material, List<AnalyzedArticle> articles, StoryText text, Actors actors) {
    Map<String, String> gaps = new LinkedHashMap<>();
    Line headline = HeadlineWriter.write(articles, material.saga().sidebarTitles());
    gapIf(gaps, "headline", headline.text().isBlank(), NO_HEADLINE);
    java.util.Set<SourceRef> used = new java.util.HashSet<>();
    used.add(headline.refs().get(0));
    List<StorySentence> why = WhyItMattersWriter.pick(text, chosen(text, used));
    gapIf(gaps, "why_it_matters", why.isEmpty(), NO_WHY);
    // A page uses each source sentence once: each section skips every sentence another section
    // shows (and its copies from other outlets). The summary's opening (its first two or three
    // sentences, what a reader takes in first) chooses first, so the story's best leads open it
    // even when they carry a speaker; it leaves an actor's only stance and a story's only forecast
    // alone, and Sides show another sentence of an actor whose stance it took. Then the sections
    // whose material is of one kind, Sides (attributed stances) and Forecast (forward-looking
    // statements), so that no general section takes the only stance or forecast of a story. The
    // rest of the Summary
    // (the story's most central sentences, most important first) chooses before Key Points: the
    // summary is the page's main text, and Key Points distil what it leaves. When that would leave
    // too little for Key Points, the summary gives back its last sentences, one at a time, but
    // never its opening.
    // Glosses describe an actor with a fragment and may come from a sentence shown elsewhere, but
    // not be the whole of it.
    why.forEach(s -> used.add(s.ref()));
    SideStances stances = SideStances.of(text, actors);
    List<StorySentence> opening =
        openingFirst
            ? SummaryOpening.pick(
                text,
                chosen(text, used),
                java.util.Set.copyOf(used),
                SummaryOpening.spared(text, stances))
            : List.of();
    opening.forEach(s -> used.add(s.ref()));
    chosen(text, used);
    java.util.Set<SourceRef> beforeSides = java.util.Set.copyOf(used);
    List<Camp> sides = SidesWriter.write(text, actors, Retold.andRetelling(text, used), stances);
    sides.forEach(c -> c.stances().forEach(st -> used.addAll(st.line().refs())));
    Forecast forecast = ForecastWriter.write(text, actors, chosen(text, used));
    java.util.Set<SourceRef> ahead =
        forecast.items().isEmpty()
            ? SidesForecasts.othersLookingAhead(text, sides)
            : java.util.Set.of();
    if (!ahead.isEmpty()) {
      // no one's side but the story's only look ahead: Forecast shows it instead of Sides
      List<Camp> fewer = SidesForecasts.without(sides, ahead);
      java.util.Set<SourceRef> without = new java.util.HashSet<>(beforeSides);
      fewer.forEach(c -> c.stances().forEach(st -> without.addAll(st.line().refs())));
      Forecast instead = ForecastWriter.write(text, actors, chosen(text, without));
      if (!instead.items().isEmpty()) {
        sides = fewer;
        forecast = instead;
        used.clear();
        used.addAll(without);
      }
    }
    gapIf(gaps, "sides", sides.isEmpty(), NO_SIDES);
    gapIf(gaps, "forecast", forecast.items().isEmpty(), NO_FORECAST);
    forecast.items().forEach(i -> used.addAll(i.line().refs()));
    // the summary takes none of the sentences shown above and repeats none of them; with too
    // little left it repeats only Why It Matters less
    List<StorySentence> shownAbove = chosen(text, used);
    java.util.Set<SourceRef> before = java.util.Set.copyOf(used);
    List<StorySentence> summary = SummaryWriter.pick(text, shownAbove, before, opening);
    if (summary.size() < Math.min(4, SummaryWriter.size(articles.size()))) {
      summary = SummaryWriter.pick(text, why, before, opening);
    }
    List<StorySentence> keyPoints = keyPoints(text, before, summary);
    int keep = Math.max(SummaryWriter.MIN, opening.size()); // the opening is never given back
    while (keyPoints.isEmpty() && articles.size() >= 2 && summary.size() > keep) {
      summary = summary.subList(0, summary.size() - 1);
      keyPoints = keyPoints(text, before, summary);
    }
    gapIf(gaps, "summary", summary.isEmpty(), NO_SUMMARY);
    gapIf(
        gaps, "key_points", keyPoints.isEmpty(), articles.size() < 2 ? ONE_ARTICLE : NO_KEY_POINTS);
    summary.forEach(s -> used.add(s.ref()));
    keyPoints.forEach(s -> used.add(s.ref()));
    List<StorySentence> shown = new ArrayList<>(chosen(text, used));
    Explainer written = ExplainerWriter.write(text, actors, shown);
    Explainer explainer =
        new Explainer(
            // nor a line that restates what another section shows ("The deal raises pay by 6
            // percent" beside the summary's "…a deal that raises pay by 6 percent…")
            written.lines().stream()
                .filter(l -> !used.contains(l.refs().get(0)))
                .filter(
                    l ->
                        shown.stream()
                            .noneMatch(
                                x ->
                                    MarginalRelevance.restates(
                                        l.text(), x.text(), KeyPointsWriter.RESTATES)))
                .toList(),
            written.glosses());
    gapIf(
        gaps,
        "explainer",
        explainer.lines().isEmpty() && explainer.glosses().isEmpty(),
        NO_EXPLAINER);
    // a background fact another section of the page shows (another outlet's copy of it, or its
    // words: 60 % of the fact's own in one shown line, Retold) is not told again in the Timeline;
    // only the story's own articles can hold one
    explainer.lines().forEach(l -> used.addAll(l.refs()));
    java.util.Set<String> told = new java.util.HashSet<>();
    List<StorySentence> shownLines = chosen(text, used);
    shownLines.forEach(s -> told.add(text.plain(s)));
    java.util.Set<String> own = new java.util.HashSet<>();
    articles.forEach(a -> own.add(a.id()));
    List<TimelineEntry> timeline =
        SagaScope.upToStory(material.saga().timeline(), material).stream()
            .filter(
                e ->
                    !e.background()
                        || e.line().refs().stream().noneMatch(r -> own.contains(r.articleId()))
                        || !(used.containsAll(e.line().refs())
                            || told.contains(StoryText.plainOf(e.line().text()))
                            || Retold.any(e.line().text(), shownLines)))
            .toList();

    return new Brief(
        material.storyId(),
        headline,
        lines(why),
        lines(keyPoints),
        lines(summary),
        explainer,
        sides,
        NoiseLevel.of(material, text),
        forecast,
        timeline,
        sources(articles),
        gaps,
        material.now(),
        NAME);
  }

  /**
   * Key Points from what the sections above and the summary leave (and their copies): points that
   * say what no other section says when there are enough of them, else points that may restate the
   * summary in other words (as the seed page's do) rather than none, but no other section.
   */
  static List<StorySentence> keyPoints(
      StoryText text, java.util.Set<SourceRef> before, List<StorySentence> summary) {
    java.util.Set<SourceRef> taken = new java.util.HashSet<>(before);
    summary.forEach(s -> taken.add(s.ref()));
    List<StorySentence> shown = chosen(text, taken);
    List<StorySentence> apart = KeyPointsWriter.pick(text, shown, shown);
    List<StorySentence> others =
        shown.stream().filter(s -> !summary.contains(s) && before.contains(s.ref())).toList();
    return apart.isEmpty() ? KeyPointsWriter.pick(text, others, shown) : apart;
  }

  /**
   * The story's sentences already on the page, and their copies in other articles (the same words
   * from another outlet); their references are added to {@code used}.
   */
  private static List<StorySentence> chosen(StoryText text, java.util.Set<SourceRef> used) {
    java.util.Set<String> words = new java.util.HashSet<>();
    text.sentences().stream()
        .filter(s -> used.contains(s.ref()))
        .forEach(s -> words.add(text.plain(s)));
    List<StorySentence> out =
        text.sentences().stream()
            .filter(s -> used.contains(s.ref()) || words.contains(text.plain(s)))
            .toList();
    out.forEach(s -> used.add(s.ref()));
    return out;
  }

  private static void gapIf(Map<String, String> gaps, String key, boolean empty, String message) {
    if (empty) {
      gaps.put(key, message);
    }
  }

  private static List<Line> lines(List<StorySentence> sents) {
    return sents.stream().map(StorySentence::line).toList();
  }

  private static List<SourceArticle> sources(List<AnalyzedArticle> articles) {
    return articles.stream()
        .map(AnalyzedArticle::article)
        .sorted(
            Comparator.comparing(dev.storyline.domain.Article::published)
                .thenComparing(dev.storyline.domain.Article::id))
        .map(a -> new SourceArticle(a.id(), a.outlet(), a.title(), a.url(), a.published()))
        .toList();
  }
}
