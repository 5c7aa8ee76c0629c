package dev.storyline.eval;

import dev.storyline.analyze.embed.Embedder;
import dev.storyline.domain.Article;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Runs and prints {@code eval brief}, {@code eval timeline} and {@code eval background}. */
final class BriefReport {
  private BriefReport() {}

  static int run(Map<String, String> opts, Toolkit toolkit, PrintStream out) throws IOException {
    Path input = Path.of(Options.require(opts, "input"));
    List<Article> stream = StreamFile.read(input, toolkit.json());
    Map<String, String> refs =
        opts.containsKey("summaries")
            ? BriefEval.references(Path.of(Options.require(opts, "summaries")), toolkit.json())
            : Map.of();
    Path output = opts.containsKey("output") ? Path.of(Options.require(opts, "output")) : null;
    Embedder embedder = toolkit.embedder().get();
    dev.storyline.brief.BriefWriter writer =
        toolkit
            .llm()
            .<dev.storyline.brief.BriefWriter>map(
                s ->
                    new dev.storyline.brief.llm.LlmBriefWriter(
                        dev.storyline.brief.llm.ChatModels.of(s), s.writerName(), embedder::embed))
            .orElse(toolkit.briefs());
    BriefEval eval =
        new BriefEval(toolkit.analyzer().apply(embedder, true), writer, toolkit.json());
    if (opts.containsKey("summary-words")) {
      eval.summaryWords(Integer.parseInt(Options.require(opts, "summary-words")));
    }
    if (opts.containsKey("stories")) {
      stream = firstStories(stream, Integer.parseInt(Options.require(opts, "stories")));
    }
    BriefEval.Result r = eval.run(stream, refs, output);
    print(input.getFileName().toString(), r, out);
    if (output != null) {
      out.println("briefs            " + output);
    }
    return 0;
  }

  /** The articles of the first {@code n} gold stories (in order of first article). */
  static List<Article> firstStories(List<Article> stream, int n) {
    java.util.Set<String> keep = new java.util.LinkedHashSet<>();
    for (Article a : stream) {
      if (keep.size() < n) {
        keep.add(StreamFile.gold(a));
      }
    }
    return stream.stream().filter(a -> keep.contains(StreamFile.gold(a))).toList();
  }

  static void printCuts(BriefEval.Result r, PrintStream out) {
    for (BriefEval.Cut c : r.cuts()) {
      if (c.ours().count() > 0) {
        out.printf(
            Locale.ROOT,
            "cut at %-17s ROUGE-1/2/L F1: ours %.3f / %.3f / %.3f, lead-N %.3f / %.3f / %.3f,"
                + " LexRank %.3f / %.3f / %.3f%n",
            c.label(),
            c.ours().f1(0),
            c.ours().f1(1),
            c.ours().f1(2),
            c.leadN().f1(0),
            c.leadN().f1(1),
            c.leadN().f1(2),
            c.lexRank().f1(0),
            c.lexRank().f1(1),
            c.lexRank().f1(2));
      }
      if (c.multiOutlet() > 0) {
        out.printf(
            Locale.ROOT,
            "cut at %-17s outlets: %d of %d stories with 3+ outlets have more than half of the"
                + " summary's sentences from one outlet%n",
            c.label(),
            c.oneOutletOverHalf(),
            c.multiOutlet());
      }
    }
  }

  static void print(String name, BriefEval.Result r, PrintStream out) {
    out.printf(Locale.ROOT, "stream            %s (%d gold stories)%n", name, r.stories());
    if (r.summary().count() > 0) {
      out.printf(
          Locale.ROOT,
          "summary ROUGE F1  R-1 %.3f  R-2 %.3f  R-L %.3f  (%d stories with a reference)%n",
          r.summary().f1(0),
          r.summary().f1(1),
          r.summary().f1(2),
          r.summary().count());
      out.printf(
          Locale.ROOT,
          "lead    ROUGE F1  R-1 %.3f  R-2 %.3f  R-L %.3f  (first sentence of each article)%n",
          r.lead().f1(0),
          r.lead().f1(1),
          r.lead().f1(2));
      out.printf(
          Locale.ROOT,
          "summary R-1 P/R   %.3f / %.3f (lead %.3f / %.3f)%n",
          r.summary().precision(0),
          r.summary().recall(0),
          r.lead().precision(0),
          r.lead().recall(0));
      out.println(
          "ROUGE: lower-case [a-z0-9]+ tokens, Porter stem for tokens > 3 letters, no stop words;"
              + " R-L = LCS over the whole text");
    }
    printCuts(r, out);
    out.printf(
        Locale.ROOT,
        "grounded lines    %d / %d (%.1f %%)%n",
        r.grounded(),
        r.lines(),
        100 * r.groundedShare());
    r.ungrounded().stream().limit(5).forEach(u -> out.println("  ungrounded: " + u));
    out.printf(
        Locale.ROOT,
        "sides             %d attributed stances in %d of %d stories%n",
        r.stances(),
        r.storiesWithSides(),
        r.stories());
    if (r.stances() > 0) {
      out.printf(
          Locale.ROOT,
          "sides camps       %s; %.1f %% in \"Other voices\"%n",
          r.camps(),
          100 * r.otherVoicesShare());
    }
    out.printf(Locale.ROOT, "empty sections    %s (stories per section)%n", r.gaps());
    out.printf(
        Locale.ROOT,
        "writer            %s; LLM sentences withheld by the check: %d%n",
        r.writer(),
        r.withheld());
    out.printf(
        Locale.ROOT, "speed             %.1f briefs/s (writing only)%n", r.briefsPerSecond());
  }

  static int timeline(Map<String, String> opts, Toolkit toolkit, PrintStream out)
      throws IOException {
    Path dir = Path.of(opts.getOrDefault("data", "../shared/data/timeline17"));
    if (!dir.resolve("articles.jsonl.gz").toFile().canRead()) {
      throw new IllegalArgumentException(
          "cannot read "
              + dir.resolve("articles.jsonl.gz")
              + " (the shared evaluation data lives in ../shared/data; see its README.md)");
    }
    Embedder embedder = toolkit.embedder().get();
    TimelineEval eval = new TimelineEval(toolkit.analyzer().apply(embedder, false), toolkit.json());
    if (opts.containsKey("rouge-stopwords")) {
      eval.stopWords(TimelineRouge.stopWords(Path.of(opts.get("rouge-stopwords"))));
    }
    java.util.Set<String> topics =
        opts.containsKey("topics")
            ? java.util.Set.of(Options.require(opts, "topics").split(","))
            : java.util.Set.of();
    TimelineEval.print(eval.run(dir, topics, out), out);
    return 0;
  }

  static int background(Map<String, String> opts, Toolkit toolkit, PrintStream out)
      throws IOException {
    Path dir = Path.of(Options.require(opts, "input"));
    java.util.Set<String> events = new java.util.LinkedHashSet<>();
    for (String split : opts.getOrDefault("split", "train,dev").split(",")) {
      events.addAll(BackgroundData.split(dir, split.strip()));
    }
    if (opts.containsKey("events")) {
      events.retainAll(java.util.Set.of(Options.require(opts, "events").split(",")));
    }
    List<BackgroundData.Timeline> timelines = BackgroundData.timelines(dir);
    Embedder embedder = toolkit.embedder().get();
    BackgroundEval eval =
        new BackgroundEval(toolkit.analyzer().apply(embedder, true), toolkit.briefs());
    BackgroundEval.print(opts.getOrDefault("split", "train,dev"), eval.run(timelines, events), out);
    return 0;
  }
}
