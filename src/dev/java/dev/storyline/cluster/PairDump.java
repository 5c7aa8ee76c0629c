package dev.storyline.cluster;

import dev.storyline.app.Stages;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.eval.AnalyzedCache;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Developer tool (not a test): writes the (article, candidate story) feature rows of a gold replay
 * as CSV (label first, then the features of {@link StoryFeatures#NAMES}), for error analysis.
 * Usage: PairDump CACHE_DIR STREAM WINDOW_SECONDS OUT_CSV.
 */
public final class PairDump {
  private PairDump() {}

  public static void main(String[] args) throws Exception {
    List<AnalyzedArticle> s =
        AnalyzedCache.load(
            Path.of(args[1]), Path.of(args[0]), () -> Stages.analyzer(Stages.embedder(), false));
    ScorerFit.Pairs pairs = ScorerFit.pairs(s, ScorerTrainer::gold, Long.parseLong(args[2]));
    List<double[]> rows = pairs.rows();
    List<Boolean> labels = pairs.labels();
    try (PrintStream out = new PrintStream(args[3], "UTF-8")) {
      out.println("label," + String.join(",", StoryFeatures.NAMES));
      for (int i = 0; i < rows.size(); i++) {
        StringBuilder b = new StringBuilder(labels.get(i) ? "1" : "0");
        for (double v : rows.get(i)) {
          b.append(',').append(String.format(Locale.ROOT, "%.4f", v));
        }
        out.println(b);
      }
    }
  }
}
