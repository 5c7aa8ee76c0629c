package dev.storyline.eval;

import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.brief.BriefWriter;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.Brief;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import dev.storyline.domain.StoryMaterial;
import java.io.PrintStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code eval background}: for each annotator timeline of the background-summaries data and each
 * date with a reference background, writes the brief of the earlier updates only (each update is
 * one article published on its date) and scores our background against the annotator's.
 *
 * <p>Our background is the Why It Matters and the Summary of that brief, together in source order
 * (article, then sentence): the summary is the time-ordered history of what the earlier updates
 * said, and Why It Matters is the sentence stating what is at stake; both are what a reader new to
 * the update needs. Two lead baselines are computed in the same run, each cut to the same number of
 * words as our background for that date: the first sentences of the earliest updates, and of the
 * latest ones.
 */
final class BackgroundEval {
  /** What one run measured; means over (event, annotator, date) instances. */
  record Result(
      int instances,
      int timelines,
      Map<String, Rouge.Mean> systems,
      Map<String, Rouge.Mean> oursByEvent,
      double oursWords,
      double referenceWords) {}

  static final String OURS = "ours (why it matters + summary)";
  static final String WHY = "  why it matters only";
  static final String SUMMARY = "  summary only";
  static final String EARLIEST = "lead: earliest updates' first sentences";
  static final String LATEST = "lead: latest updates' first sentences";

  private final ArticleAnalyzer analyzer;
  private final BriefWriter writer;

  BackgroundEval(ArticleAnalyzer analyzer, BriefWriter writer) {
    this.analyzer = analyzer;
    this.writer = writer;
  }

  Result run(List<BackgroundData.Timeline> timelines, Set<String> events) {
    Map<String, Rouge.Mean> systems = new LinkedHashMap<>();
    for (String s : List.of(OURS, WHY, SUMMARY, EARLIEST, LATEST)) {
      systems.put(s, new Rouge.Mean());
    }
    Map<String, Rouge.Mean> byEvent = new LinkedHashMap<>();
    double[] words = new double[3];
    int used = 0;
    for (BackgroundData.Timeline t : timelines) {
      if (events.contains(t.event())) {
        used++;
        score(t, systems, byEvent.computeIfAbsent(t.event(), e -> new Rouge.Mean()), words);
      }
    }
    int n = (int) words[0];
    return new Result(
        n, used, systems, byEvent, n == 0 ? 0 : words[1] / n, n == 0 ? 0 : words[2] / n);
  }

  private void score(
      BackgroundData.Timeline t,
      Map<String, Rouge.Mean> systems,
      Rouge.Mean event,
      double[] words) {
    List<AnalyzedArticle> analysed = analyse(t);
    for (int i = 1; i < t.rows().size(); i++) {
      String reference = t.rows().get(i).background();
      List<AnalyzedArticle> earlier =
          analysed.subList(0, i).stream().filter(a -> !a.sentences().isEmpty()).toList();
      if (reference.isEmpty() || earlier.isEmpty()) {
        continue;
      }
      Brief brief = writer.write(material(t, earlier, analysed.get(i).article()));
      String ours = background(brief, earlier);
      int budget = Rouge.tokens(ours, false).size();
      systems.get(OURS).add(ours, reference);
      systems.get(WHY).add(BriefEval.text(brief.whyItMatters()), reference);
      systems.get(SUMMARY).add(BriefEval.text(brief.summary()), reference);
      systems.get(EARLIEST).add(lead(earlier, budget, false), reference);
      systems.get(LATEST).add(lead(earlier, budget, true), reference);
      event.add(ours, reference);
      words[0]++;
      words[1] += budget;
      words[2] += Rouge.tokens(reference, false).size();
    }
  }

  private static StoryMaterial material(
      BackgroundData.Timeline t, List<AnalyzedArticle> earlier, Article current) {
    String id = t.event() + "/" + t.annotator();
    return OneStory.material(
        id,
        earlier,
        new StoryMaterial.Coverage(1, earlier.size(), 1, earlier.size()),
        current.published());
  }

  /** Each row of the timeline as an article published on its date (row order kept by seconds). */
  private List<AnalyzedArticle> analyse(BackgroundData.Timeline t) {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < t.rows().size(); i++) {
      BackgroundData.Row r = t.rows().get(i);
      articles.add(
          new Article(
              t.event() + "/" + t.annotator() + "/" + i,
              null,
              null,
              r.date().atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(i),
              "",
              r.update(),
              Map.of()));
    }
    List<AnalyzedArticle> out = new ArrayList<>();
    for (int i = 0; i < articles.size(); i += 64) {
      out.addAll(analyzer.analyzeAll(articles.subList(i, Math.min(articles.size(), i + 64))));
    }
    return out;
  }

  /** Why It Matters and Summary lines, each once, in the order of their sources. */
  static String background(Brief brief, List<AnalyzedArticle> earlier) {
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < earlier.size(); i++) {
      order.put(earlier.get(i).id(), i);
    }
    Set<Line> lines = new LinkedHashSet<>(brief.whyItMatters());
    lines.addAll(brief.summary());
    Comparator<Line> bySource =
        Comparator.comparingInt(
                (Line l) -> order.getOrDefault(first(l).articleId(), Integer.MAX_VALUE))
            .thenComparingInt(l -> first(l).sentence());
    return lines.stream()
        .sorted(bySource)
        .map(Line::text)
        .distinct()
        .reduce((a, b) -> a + " " + b)
        .orElse("");
  }

  private static SourceRef first(Line l) {
    return l.refs().get(0);
  }

  /**
   * The first sentence of each update, from the earliest (or the latest) on, until {@code words}
   * tokens are reached (the last sentence is cut there).
   */
  static String lead(List<AnalyzedArticle> earlier, int words, boolean latestFirst) {
    List<AnalyzedArticle> order = new ArrayList<>(earlier);
    if (latestFirst) {
      java.util.Collections.reverse(order);
    }
    List<String> out = new ArrayList<>();
    int left = words;
    for (AnalyzedArticle a : order) {
      if (left <= 0) {
        break;
      }
      String[] tokens = a.sentences().get(0).text().split("\\s+");
      int take = Math.min(tokens.length, left);
      out.add(String.join(" ", java.util.Arrays.copyOf(tokens, take)));
      left -= Rouge.tokens(out.get(out.size() - 1), false).size();
    }
    return String.join(" ", out);
  }

  static void print(String name, Result r, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "data              %s: %d annotator timelines, %d dated backgrounds%n",
        name,
        r.timelines(),
        r.instances());
    out.printf(
        Locale.ROOT,
        "length            ours %.0f tokens on average, references %.0f%n",
        r.oursWords(),
        r.referenceWords());
    r.systems()
        .forEach(
            (system, m) ->
                out.printf(
                    Locale.ROOT,
                    "%-40s R-1 %.3f  R-2 %.3f  R-L %.3f%n",
                    system,
                    m.f1(0),
                    m.f1(1),
                    m.f1(2)));
    r.oursByEvent()
        .forEach(
            (event, m) ->
                out.printf(
                    Locale.ROOT,
                    "  ours on %-31s R-1 %.3f  R-2 %.3f  R-L %.3f  (%d)%n",
                    event,
                    m.f1(0),
                    m.f1(1),
                    m.f1(2),
                    m.count()));
    out.println(
        "ROUGE F1, mean over dates: lower-case [a-z0-9]+ tokens, Porter stem for tokens > 3"
            + " letters, no stop words; R-L = LCS over the whole text. Input at each date: the"
            + " annotator's earlier updates only. Lead baselines are cut to our length per date.");
  }
}
