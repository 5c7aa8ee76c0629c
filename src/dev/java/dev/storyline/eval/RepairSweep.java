package dev.storyline.eval;

import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.analyze.embed.MiniLmEmbedder;
import dev.storyline.app.Stages;
import dev.storyline.cluster.StoryRepair;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Article;
import dev.storyline.domain.EntityKind;
import dev.storyline.domain.EntityMention;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Developer tool (not a test): analyzes streams once (cached in {@code /tmp/repair-cache}), then
 * prints BCubed/pairwise F1 without repair and with a grid of repair settings. Usage: RepairSweep
 * FILE...
 */
public final class RepairSweep {
  private static final Path CACHE = Path.of("/tmp/repair-cache");

  public static void main(String[] args) throws Exception {
    List<List<AnalyzedArticle>> streams = new ArrayList<>();
    for (String f : args) {
      streams.add(load(Path.of(f)));
    }
    print("no repair", streams, null);
    StoryRepair.Settings d = Stages.repairSettings();
    print("defaults", streams, d);
  }

  static void print(String name, List<List<AnalyzedArticle>> streams, StoryRepair.Settings r) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-10s %s", name, r));
    for (List<AnalyzedArticle> s : streams) {
      Clustering c = new Clustering(Stages.storySettings(), r);
      for (int i = 0; i < s.size(); i += 64) {
        c.batch(s.subList(i, Math.min(s.size(), i + 64)));
      }
      List<String> pred = new ArrayList<>();
      List<String> gold = new ArrayList<>();
      for (AnalyzedArticle a : s) {
        pred.add(c.predictions().get(a.id()));
        gold.add(StreamFile.gold(a.article()));
      }
      ClusterMetrics m = ClusterMetrics.score(pred, gold);
      line.append(
          String.format(
              Locale.ROOT,
              " | B %.4f P %.4f m%d s%d",
              m.bcubedF1(),
              m.pairF1(),
              c.merges(),
              c.splits()));
      if (System.getProperty("storylines") != null) {
        ClusterEval.Result result =
            new ClusterEval.Result(m, c.predictions(), 0, 0, c.profiles(), null);
        List<Article> articles = s.stream().map(AnalyzedArticle::article).toList();
        ClusterMetrics l = ClusterEval.storylines(articles, result, Stages.storylineSettings());
        line.append(
            String.format(Locale.ROOT, " storylines B %.4f P %.4f", l.bcubedF1(), l.pairF1()));
      }
    }
    System.out.println(line);
  }

  public static List<AnalyzedArticle> load(Path file) throws IOException {
    Path cached = CACHE.resolve(file.getFileName() + ".bin");
    List<Article> stream = StreamFile.read(file, Stages.json());
    if (!Files.exists(cached)) {
      Files.createDirectories(CACHE);
      try (MiniLmEmbedder embedder = Stages.embedder();
          DataOutputStream out =
              new DataOutputStream(
                  new java.io.BufferedOutputStream(Files.newOutputStream(cached)))) {
        ArticleAnalyzer analyzer = Stages.analyzer(embedder, false);
        out.writeInt(stream.size());
        for (int i = 0; i < stream.size(); i += 64) {
          for (AnalyzedArticle a :
              analyzer.analyzeAll(stream.subList(i, Math.min(stream.size(), i + 64)))) {
            write(out, a);
          }
        }
      }
    }
    Map<String, Article> byId = new java.util.HashMap<>();
    stream.forEach(a -> byId.put(a.id(), a));
    List<AnalyzedArticle> out = new ArrayList<>();
    try (DataInputStream in =
        new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(cached)))) {
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        out.add(read(in, byId));
      }
    }
    return out;
  }

  private static void write(DataOutputStream out, AnalyzedArticle a) throws IOException {
    out.writeUTF(a.id());
    out.writeInt(a.embedding().length);
    for (float f : a.embedding()) {
      out.writeFloat(f);
    }
    keys(out, a.titleEntities());
    List<EntityMention> body = new ArrayList<>();
    a.sentences().forEach(s -> body.addAll(s.entities()));
    keys(out, body);
  }

  private static void keys(DataOutputStream out, List<EntityMention> mentions) throws IOException {
    out.writeInt(mentions.size());
    for (EntityMention e : mentions) {
      out.writeUTF(e.key());
    }
  }

  private static AnalyzedArticle read(DataInputStream in, Map<String, Article> byId)
      throws IOException {
    Article article = byId.get(in.readUTF());
    float[] v = new float[in.readInt()];
    for (int i = 0; i < v.length; i++) {
      v[i] = in.readFloat();
    }
    List<EntityMention> title = mentions(in);
    List<EntityMention> body = mentions(in);
    AnalyzedSentence s = new AnalyzedSentence(0, 0, 0, "", body, List.of(), new float[0]);
    return new AnalyzedArticle(article, List.of(s), title, v);
  }

  private static List<EntityMention> mentions(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<EntityMention> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String k = in.readUTF();
      out.add(new EntityMention(k, k, EntityKind.OTHER, 0, 0));
    }
    return out;
  }
}
