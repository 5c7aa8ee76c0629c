package dev.storyline.eval;

import dev.storyline.app.Stages;
import dev.storyline.ingest.extract.ArticleExtractor;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dev tool: scores the development sets (ScrapingHub, Dragnet train split, Readability) in one JVM
 * (scores counting an empty prediction as precision 0). Argument: DATA_DIR ({@code
 * ../shared/data}). The Dragnet test split is left to {@code eval extract --split test}.
 */
public final class ExtractSweep {
  private ExtractSweep() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    List<ExtractSet> sets =
        List.of(
            ExtractSet.load(data.resolve("article-extraction-benchmark"), null, Stages.json()),
            ExtractSet.load(data.resolve("extraction-dragnet"), "train", Stages.json()),
            ExtractSet.load(data.resolve("extraction-readability"), null, Stages.json()));
    ArticleExtractor ex = new ArticleExtractor(Stages.json());
    for (ExtractSet set : sets) {
      Map<String, String> out = new LinkedHashMap<>();
      set.pages().forEach((id, html) -> out.put(id, ex.extract(html, set.urls().get(id)).text()));
      ShingleMetric.Score s = ExtractEval.scoreOn(set, out, true);
      System.out.printf(
          "%-30s F1 %.4f P %.4f R %.4f%n", set.name(), s.f1(), s.precision(), s.recall());
    }
  }
}
