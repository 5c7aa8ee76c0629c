package dev.storyline.cluster;

import dev.storyline.app.Stages;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.eval.AnalyzedCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Developer tool (not a test): fits the story scorer once per variant on a gold stream (as {@link
 * ScorerTrainer} does, without its threshold search) and writes each weights file, so other tools
 * ({@code StorylineCacheSweep}, {@code ClusterProbe -Dscorer=}) can compare variants. A variant
 * names the features it leaves out, joined by +; "all" leaves out none. Usage: ScorerVariants
 * CACHE_DIR OUT_DIR TRAIN_STREAM THRESHOLD VARIANT...
 */
public final class ScorerVariants {
  private ScorerVariants() {}

  public static void main(String[] args) throws Exception {
    List<AnalyzedArticle> train =
        AnalyzedCache.load(
            Path.of(args[2]), Path.of(args[0]), () -> Stages.analyzer(Stages.embedder(), false));
    ScorerFit.Pairs pairs = ScorerFit.pairs(train, a -> a.article().meta().get("story"));
    double threshold = Double.parseDouble(args[3]);
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    for (int i = 4; i < args.length; i++) {
      Set<String> without = args[i].equals("all") ? Set.of() : Set.of(args[i].split("\\+"));
      StoryScorer s = ScorerFit.fit(pairs, without, threshold);
      StringBuilder json = new StringBuilder();
      json.append(
          String.format(
              Locale.ROOT,
              "{\"threshold\": %s, \"bias\": %s, \"weights\": {",
              threshold,
              s.bias()));
      String sep = "";
      for (var e : s.weights().entrySet()) {
        json.append(sep).append('"').append(e.getKey()).append("\": ").append(e.getValue());
        sep = ", ";
      }
      json.append("}}\n");
      Path file = out.resolve(args[i].replace('+', '-') + ".json");
      Files.writeString(file, json);
      System.out.println("wrote " + file);
    }
  }
}
