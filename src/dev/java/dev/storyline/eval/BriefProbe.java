package dev.storyline.eval;

import dev.storyline.app.Stages;
import dev.storyline.brief.ExtractiveBriefWriter;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Developer tool (not a test): {@code eval brief} over a stream analysed once with sentence
 * embeddings and cached (see {@link AnalyzedCache}; use a cache folder of its own, the clustering
 * caches have no sentence embeddings), so summary changes can be measured in seconds. Usage:
 * BriefProbe CACHE_DIR STREAM REFERENCES [SUMMARY_WORDS] [STORIES]; {@code -Dout=FILE} also writes
 * every brief as a JSON line (as {@code eval brief --output}), to compare two versions page by
 * page.
 */
public final class BriefProbe {
  private BriefProbe() {}

  public static void main(String[] args) throws Exception {
    Path stream = Path.of(args[1]);
    List<AnalyzedArticle> cached =
        AnalyzedCache.load(
            stream, Path.of(args[0]), () -> Stages.analyzer(Stages.embedder(), true));
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    cached.forEach(a -> byId.put(a.id(), a));
    List<Article> articles = cached.stream().map(AnalyzedArticle::article).toList();
    if (args.length > 4) {
      articles = BriefReport.firstStories(articles, Integer.parseInt(args[4]));
    }
    BriefEval eval =
        new BriefEval(
            null,
            new ExtractiveBriefWriter(!Boolean.getBoolean("brief.summaryAfter")),
            Stages.json());
    if (args.length > 3) {
      eval.summaryWords(Integer.parseInt(args[3]));
    }
    String out = System.getProperty("out");
    BriefEval.Result r =
        eval.run(
            articles,
            byId,
            BriefEval.references(Path.of(args[2]), Stages.json()),
            out == null ? null : Path.of(out));
    BriefReport.print(stream.getFileName().toString(), r, System.out);
  }
}
