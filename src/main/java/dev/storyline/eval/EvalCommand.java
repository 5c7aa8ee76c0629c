package dev.storyline.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/** {@code storyline eval TASK …}: quality figures of a stage on labelled data. */
public final class EvalCommand {
  static final String USAGE =
      """
      Usage: storyline eval TASK [OPTIONS]

      Tasks:
        cluster --input STREAM.jsonl[.gz] [--predictions OUT.jsonl]
            Runs analyze + cluster on the stream in publication order without reading its gold
            "story" labels, then prints pairwise and BCubed precision/recall/F1 against them,
            articles per second and peak heap. --predictions writes {"id":…,"cluster":…} lines.
            --threshold P overrides the story probability threshold (for exploring; the default, chosen
                when the scorer was trained on neus-train, serves all streams).
            --storylines also links the stories into storylines and scores those against the gold
            labels (for streams whose gold label is a saga, such as timeline17).
            The repair passes (merges, rejoins and splits of recent stories) run after every batch
            of 64 articles, as the pipeline does, and the count of repairs is printed; --no-repair
            scores online assignment alone.
            Beside ours it prints the TF-IDF single-pass baseline with its cosine threshold tuned
            on the same stream (--no-baseline skips it).
        cluster --hard-negatives STREAM.jsonl.gz[,STREAM2.jsonl.gz]
            The same on the hard-negative set built from those gold streams: stories of the same
            kind (allsides topic; basil chained by likeness) moved to follow each other one day
            apart, the dates in their text moved with them.
        extract --input DIR [--split NAME] [--output OUT.json] [--threads N] [--repeat N]
                [--worst N] [--rescore SYSTEM.json[.gz]]
            Extracts the main text of every DIR/html/<id>.html[.gz] (article-extraction-benchmark
            layout: ScrapingHub, extraction-dragnet, extraction-readability), scores it against
            DIR/ground-truth.json with the benchmark's shingle metric and prints F1, precision,
            recall and pages per second, with trafilatura's output shipped in
            DIR/output/trafilatura.json[.gz] scored beside ours on the same pages. "F1, empty = P 0"
            counts an empty prediction as precision 0 (the benchmark leaves it out).
            --split NAME keeps the pages listed under NAME in DIR/split.json (Dragnet: train, test).
            --worst N prints the N pages that lost the most gold text and the N that took the most
            extra text, with their longest missing / extra runs of words.
            --output writes {"<id>": {"articleBody": ...}}. --rescore scores a published system
            output instead (a check of the metric). --threads defaults to the cores, --repeat to 3.
        feeds --data DIR
            Runs the feed parser over DIR/feedparser-tests (translated expectations), DIR/rome-test-feeds
            (parse or clear rejection) and DIR/feedvalidator-testcases (no crash, no hang).
        brief --input STREAM.jsonl[.gz] [--summaries REF.jsonl[.gz]] [--output OUT.jsonl]
            Groups the stream by its gold "story", analyses and briefs each story, and prints the
            grounding share, stance count, and with --summaries ROUGE-1/2/L F1 of the summary and
            of a lead baseline. --output writes one JSON line per story.
            --summary-words N (default 130, the seed page's summary) also scores the summary cut
            at N words, and with --summaries at each reference's own length, beside lead-N (the
            first sentence of each article in turn until N words) and LexRank cut the same way,
            and counts stories with 3+ outlets whose cut summary has more than half of its
            sentences from one outlet. --summaries also reads a NeuS probe target file
            (../shared/data/allsides-neus/neus_probe/train.target goes with neus-train.jsonl.gz).
            --stories N keeps the first N gold stories.
        background --input DIR [--split dev] [--events bp_oil_spill,mj_death]
            Background summaries (Pratapa et al. 2023; DIR holds events.tar.gz and splits/): for
            each annotator timeline and each date with a reference background, briefs the earlier
            updates and prints ROUGE-1/2/L F1 of our background (Why It Matters + Summary) and of
            two length-matched lead baselines. Default splits: train,dev (the test split is kept
            unseen; name it to score it).
        all --data ../shared/data [--skip cluster,neus,brief,timeline,background,extract]
            [--floors src/test/resources/eval/baseline.json]
            Every quality set in one run, printed as one table: ours, the baseline beside it
            (measured in the same run, or published where marked) and the floor that the build's
            floor tests pin. Clustering: basil, allsides, the hard-negative set, neus-train on 5
            held-out folds (the scorer refitted on the other four), each beside the TF-IDF
            single-pass baseline tuned on it; summaries on allsides and the NeuS probe set at the
            references' length and at 130 words beside lead-N and LexRank, outlet coverage,
            grounding, stances; Timeline17 beside DATEWISE; background summaries; main-text
            extraction on ScrapingHub, Dragnet and Readability beside trafilatura's output.
            CPU-heavy: about half an hour on 2 cores.
        timeline [--data ../shared/data/timeline17] [--topics h1n1,haiti] [--rouge-stopwords FILE]
            Timeline17: alignment-based ROUGE-1/2 and date F1 over the 19 reference timelines
            (or those of the named topics), compared with the published DATEWISE and CLUST.
            --rouge-stopwords scores with that stop list (ROUGE-1.5.5's smart_common_words.txt
            reproduces tilse exactly) instead of our own shorter one.
        pages [--data ../shared/data] [--cache target/eval-cache] [--topics t17-haiti,t17-mj]
              [--examples OUT.txt] [--pages OUT.jsonl]
            Imports basil and Timeline17 together as the service does (analysis, stories, one
            repair pass, storylines, a brief per story) and checks every page section by section:
            sentences off the story's topic, repeated, boilerplate, cut or needing context;
            timeline items after the story or outside its saga; bad or shared headlines;
            storyline purity against the gold topics and events; basil side and speaker accuracy
            against BASIL's labels; the noise score against story size. The analysis is cached in
            --cache and reused while it matches the current analyzer. --examples writes the
            flagged lines, --pages every page (brief JSON with its gold labels) for reading.
      """;

  private final PrintStream out;
  private final PrintStream err;
  private final Toolkit toolkit;

  public EvalCommand(PrintStream out, PrintStream err, Toolkit toolkit) {
    this.out = out;
    this.err = err;
    this.toolkit = toolkit;
  }

  public int run(String[] args) throws IOException {
    Options.Task task = Options.task(args);
    if (task.wantsHelp()) {
      out.print(USAGE);
      return task.helpExitCode();
    }
    Map<String, String> opts = task.options();
    return switch (task.name()) {
      case "cluster" -> ClusterReport.run(opts, toolkit, out);
      case "extract" -> extract(opts);
      case "feeds" -> feeds(opts);
      case "brief" -> BriefReport.run(opts, toolkit, out);
      case "timeline" -> BriefReport.timeline(opts, toolkit, out);
      case "background" -> BriefReport.background(opts, toolkit, out);
      case "all" -> AllReport.run(opts, toolkit, out);
      case "pages" -> PagesReport.run(opts, toolkit, out);
      default ->
          throw new IllegalArgumentException("unknown task " + task.name() + " (eval --help)");
    };
  }

  private int feeds(Map<String, String> opts) throws IOException {
    Path data = Path.of(Options.require(opts, "data"));
    FeedConformance c = new FeedConformance(toolkit.json());
    print("feedparser-tests", c.feedparser(data.resolve("feedparser-tests")));
    print("rome-test-feeds", c.robustness(data.resolve("rome-test-feeds")));
    print("feedvalidator-testcases", c.robustness(data.resolve("feedvalidator-testcases")));
    return 0;
  }

  private void print(String name, FeedConformance.Summary s) {
    out.printf(
        "%-24s files %d, applicable %d, passed %d (%.1f %%), rejected clearly %d, crashed/hung %d%n",
        name, s.files(), s.applicable(), s.passed(), 100 * s.passRate(), s.rejected(), s.crashed());
    s.failures().forEach(f -> out.println("    " + f));
  }

  private int extract(Map<String, String> opts) throws IOException {
    Path input = Path.of(Options.require(opts, "input"));
    try {
      ExtractSet set = ExtractSet.load(input, blankToNull(opts.get("split")), toolkit.json());
      ExtractEval.Settings settings =
          new ExtractEval.Settings(
              Integer.parseInt(
                  opts.getOrDefault(
                      "threads", String.valueOf(Runtime.getRuntime().availableProcessors()))),
              Integer.parseInt(opts.getOrDefault("repeat", "3")),
              opts.containsKey("output") ? Path.of(opts.get("output")) : null,
              Integer.parseInt(opts.getOrDefault("worst", "0")));
      return new ExtractEval(toolkit.json(), out)
          .run(set, settings, opts.containsKey("rescore") ? Path.of(opts.get("rescore")) : null);
    } catch (IOException | IllegalArgumentException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("extraction failed: " + e, e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
