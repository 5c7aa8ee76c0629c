package dev.storyline.eval;

import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.analyze.embed.Embedder;
import dev.storyline.domain.Article;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code storyline bench TASK …}: speed figures printed, never asserted. */
public final class BenchCommand {
  static final String USAGE =
      """
      Usage: storyline bench TASK [OPTIONS]

      Tasks:
        cluster --input STREAM.jsonl[.gz] [--limit N]
            Articles per second of embedding alone (title + lead) and of the full analyze +
            cluster path (the repair passes after each batch of 64 included) on the same articles
            in the same run.
        assign [--sizes 10000,100000,1000000] [--queries 2000] [--per-day 2000]
            p50/p99 time to assign one article after the clusterer has taken in a stream of N
            articles (synthetic vectors, in publication order at --per-day articles a day; stories
            older than the window are evicted), what it still holds, and heap in use.
        brief --input STREAM.jsonl[.gz]
            Briefs per second for stories of 5, 50 and 500 articles (the first N of the stream).
      """
          + SagaBench.USAGE
          + RealSagaBench.USAGE
          + ServeBench.USAGE
          + ProcessesBench.USAGE;

  private final PrintStream out;
  private final PrintStream err;
  private final Toolkit toolkit;

  public BenchCommand(PrintStream out, PrintStream err, Toolkit toolkit) {
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
    if (task.name().equals("assign")) {
      AssignBench bench =
          new AssignBench(
              out, toolkit.stories(), Integer.parseInt(opts.getOrDefault("per-day", "2000")));
      int queries = Integer.parseInt(opts.getOrDefault("queries", "2000"));
      for (String size : opts.getOrDefault("sizes", "10000,100000,1000000").split(",")) {
        bench.run(Integer.parseInt(size.trim()), queries);
      }
      return 0;
    }
    if (task.name().equals("serve")) {
      try {
        return new ServeBench(out).run(opts);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 1;
      }
    }
    if (task.name().equals("processes")) {
      int dash = java.util.Arrays.asList(args).indexOf("--");
      List<String> importOptions =
          dash < 0 ? List.of() : List.of(args).subList(dash + 1, args.length);
      try {
        return new ProcessesBench(out, toolkit.json())
            .run(
                dash < 0
                    ? opts
                    : Options.task(java.util.Arrays.copyOfRange(args, 0, dash)).options(),
                importOptions);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 1;
      } catch (java.sql.SQLException e) {
        err.println("bench processes: " + e.getMessage());
        return 1;
      }
    }
    if (task.name().equals("saga")) {
      return opts.containsKey("stream")
          ? new RealSagaBench(out, toolkit).run(opts)
          : new SagaBench(out, toolkit).run(opts);
    }
    if (task.name().equals("brief")) {
      return BriefBench.run(opts, toolkit, out);
    }
    if (!task.name().equals("cluster")) {
      throw new IllegalArgumentException("unknown task " + task.name() + " (bench --help)");
    }
    List<Article> stream = StreamFile.read(Path.of(Options.require(opts, "input")), toolkit.json());
    int limit = Integer.parseInt(opts.getOrDefault("limit", String.valueOf(stream.size())));
    stream = stream.subList(0, Math.min(limit, stream.size()));
    Embedder embedder = toolkit.embedder().get();
    ArticleAnalyzer analyzer = toolkit.analyzer().apply(embedder, false);
    new ClusterBench(embedder, analyzer, toolkit.stories(), toolkit.repair()).run(stream, out);
    return 0;
  }
}
