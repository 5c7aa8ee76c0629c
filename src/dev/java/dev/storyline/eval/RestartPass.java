package dev.storyline.eval;

import dev.storyline.app.Stages;
import dev.storyline.domain.AnalyzedArticle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Developer tool (not a test): what a restart's repair passes still find after a stream was
 * clustered batch by batch, as the pipeline does it. Each batch is assigned oldest first and
 * followed by repair passes until one merges nothing; then the stored assignments are replayed into
 * a fresh clusterer (as {@code ClusterState.restore} does after a restart) and the passes after it
 * run (the first examines every story held). Their merges are the ones the passes after each batch
 * missed: an idle re-poll after a restart would make them. Like an import or a poll, the run ends
 * with passes over every story held ({@code -DnoFinalPass=true} leaves them out, as before session
 * 23). Usage: {@code RestartPass CACHE_DIR STREAM...} with {@code -Dbatches=1,8,64} (articles per
 * batch).
 */
public final class RestartPass {
  private RestartPass() {}

  public static void main(String[] args) throws Exception {
    Path cache = Path.of(args[0]);
    String[] sizes = System.getProperty("batches", "8,64").split(",");
    for (int i = 1; i < args.length; i++) {
      List<AnalyzedArticle> stream = ClusterProbe.load(Path.of(args[i]), cache);
      for (String size : sizes) {
        run(Path.of(args[i]).getFileName().toString(), stream, Integer.parseInt(size.trim()));
      }
    }
  }

  private static void run(String name, List<AnalyzedArticle> stream, int batch) {
    Comparator<AnalyzedArticle> oldestFirst =
        Comparator.comparing((AnalyzedArticle a) -> a.article().published())
            .thenComparing(AnalyzedArticle::id);
    Clustering online = new Clustering(Stages.storySettings(), Stages.repairSettings());
    for (int i = 0; i < stream.size(); i += batch) {
      List<AnalyzedArticle> b =
          new ArrayList<>(stream.subList(i, Math.min(stream.size(), i + batch)));
      b.sort(oldestFirst);
      online.batch(b);
    }
    if (!Boolean.getBoolean("noFinalPass")) {
      online.end(); // as an import or a poll ends (PipelineRunner.processUntilSettled)
    }
    Map<String, String> storyOf = online.predictions();
    List<AnalyzedArticle> stored = new ArrayList<>(stream);
    stored.sort(oldestFirst);
    Clustering restarted = new Clustering(Stages.storySettings(), Stages.repairSettings());
    stored.forEach(a -> restarted.replay(a, storyOf.get(a.id())));
    long t0 = System.nanoTime();
    restarted.repair(); // replayed stories are all changed: the first pass examines every one
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf(
        Locale.ROOT,
        "%s batches of %d: %d stories, %d merges online; a restart's passes: %d merges, %d splits"
            + " (%d ms)%n",
        name,
        batch,
        new HashSet<>(storyOf.values()).size(),
        online.merges(),
        restarted.merges(),
        restarted.splits(),
        ms);
  }
}
