package dev.storyline.eval;

import com.sun.management.OperatingSystemMXBean;
import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.analyze.embed.Embedder;
import dev.storyline.analyze.embed.MiniLmEmbedder;
import dev.storyline.app.Stages;
import dev.storyline.cluster.StoryClusterer;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Dev tool (not a test): the {@code bench cluster} phases with process CPU time next to wall time,
 * so a loaded shared machine does not hide where the work goes. {@code java -cp <test classpath>
 * dev.storyline.eval.BenchCpu STREAM.jsonl.gz}
 */
final class BenchCpu {
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private BenchCpu() {}

  public static void main(String[] args) throws Exception {
    List<Article> stream = StreamFile.read(Path.of(args[0]), Stages.json());
    try (MiniLmEmbedder embedder = Stages.embedder()) {
      ArticleAnalyzer analyzer = Stages.analyzer(embedder, false);
      ArticleAnalyzer analysisOnly = Stages.analyzer(new NoEmbedder(), false);
      analyzer.analyzeAll(stream.subList(0, 16));
      List<String> leads = new ArrayList<>();
      stream.forEach(
          a ->
              leads.add(
                  a.title() + ". " + a.text().substring(0, Math.min(400, a.text().length()))));
      long[] t = start();
      for (int i = 0; i < leads.size(); i += 64) {
        embedder.embedAll(leads.subList(i, Math.min(leads.size(), i + 64)));
      }
      report("embedding only", stream.size(), t);
      List<AnalyzedArticle> analyzed = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        analyzed.clear();
        t = start();
        for (int i = 0; i < stream.size(); i += 64) {
          analyzed.addAll(analysisOnly.analyzeAll(batch(stream, i)));
        }
        report("analysis only", stream.size(), t);
      }
      List<String> fullLeads = new ArrayList<>();
      for (AnalyzedArticle a : analyzed) {
        StringBuilder lead = new StringBuilder(a.article().title());
        for (var s : a.sentences()) {
          if (lead.length() >= 480) {
            break;
          }
          lead.append(lead.length() == 0 ? "" : ". ").append(s.text());
        }
        fullLeads.add(lead.length() > 480 ? lead.substring(0, 480) : lead.toString());
      }
      System.out.printf(
          "mean lead chars: bench %.0f, analyzer %.0f%n",
          leads.stream().mapToInt(String::length).average().orElse(0),
          fullLeads.stream().mapToInt(String::length).average().orElse(0));
      t = start();
      for (int i = 0; i < fullLeads.size(); i += 64) {
        embedder.embedAll(fullLeads.subList(i, Math.min(fullLeads.size(), i + 64)));
      }
      report("embed analyzer leads", stream.size(), t);
      StoryClusterer clusterer = new StoryClusterer(Stages.storySettings());
      long assign = 0;
      t = start();
      for (int i = 0; i < stream.size(); i += 64) {
        for (AnalyzedArticle a : analyzer.analyzeAll(batch(stream, i))) {
          long a0 = System.nanoTime();
          clusterer.assign(a);
          assign += System.nanoTime() - a0;
        }
      }
      report("analyze + cluster", stream.size(), t);
      System.out.printf("  of which assign %.2fs wall%n", assign / 1e9);
    }
  }

  private static List<Article> batch(List<Article> stream, int from) {
    return stream.subList(from, Math.min(stream.size(), from + 64));
  }

  private static long[] start() {
    return new long[] {System.nanoTime(), OS.getProcessCpuTime()};
  }

  private static void report(String what, int n, long[] t) {
    double wall = (System.nanoTime() - t[0]) / 1e9;
    double cpu = (OS.getProcessCpuTime() - t[1]) / 1e9;
    System.out.printf(
        "%-18s wall %6.2fs (%5.1f art/s)  cpu %6.2fs (%5.1f art per cpu-s)%n",
        what, wall, n / wall, cpu, n / cpu);
  }

  /** Zero vectors: analysis without the model. */
  private static final class NoEmbedder implements Embedder {
    @Override
    public int dimension() {
      return 384;
    }

    @Override
    public float[] embed(String text) {
      return new float[384];
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
      List<float[]> out = new ArrayList<>();
      texts.forEach(x -> out.add(new float[384]));
      return out;
    }
  }
}
