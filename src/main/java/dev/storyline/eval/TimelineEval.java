package dev.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.Brief.TimelineEntry;
import dev.storyline.eval.timeline.DatedTimeline;
import dev.storyline.pipeline.Progress;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * {@code eval timeline}: Timeline17 with the protocol of its SOURCE.md. For each (topic, reference
 * timeline) pair the topic's articles published within the reference's first and last date are
 * analysed by the real analyzer and {@link DatedTimeline} writes a timeline with the reference's
 * number of dates and its mean number of sentences per date (rounded half to even as Python's
 * {@code round}, at least one), dates within the reference's span, every sentence containing one of
 * the topic's query words ({@link #keywords}); scored by {@link TimelineRouge}. P and R are
 * averaged over pairs, F from the averages (news-tls's {@code evaluate.py}).
 */
final class TimelineEval {
  /** One reference timeline of a topic. */
  record Pair(String topic, String name, Map<LocalDate, List<String>> reference) {}

  /** Averaged figures. */
  record Result(int pairs, Rouge.Score rouge1, Rouge.Score rouge2, Rouge.Score dates) {}

  private final ArticleAnalyzer analyzer;
  private final ObjectMapper json;
  private java.util.Set<String> stop = Rouge.STOP;

  TimelineEval(ArticleAnalyzer analyzer, ObjectMapper json) {
    this.analyzer = analyzer;
    this.json = json;
  }

  /** Scores with this ROUGE stop list instead of {@link Rouge#STOP}. */
  TimelineEval stopWords(java.util.Set<String> words) {
    this.stop = words;
    return this;
  }

  /**
   * Scores every (topic, reference timeline) pair, or only those of {@code topics} when it is not
   * empty, printing one line per pair.
   */
  Result run(Path dir, java.util.Set<String> topics, PrintStream out) throws IOException {
    return run(dir, topics, out, this::analyse);
  }

  /**
   * As {@link #run(Path, java.util.Set, PrintStream)} with the topics' articles analysed by {@code
   * source}.
   */
  Result run(
      Path dir,
      java.util.Set<String> topics,
      PrintStream out,
      BiFunction<String, List<Article>, List<AnalyzedArticle>> source)
      throws IOException {
    Map<String, List<Article>> byTopic = articles(dir.resolve("articles.jsonl.gz"));
    List<Pair> pairs =
        references(dir.resolve("timelines"), byTopic).stream()
            .filter(p -> topics.isEmpty() || topics.contains(p.topic()))
            .toList();
    Map<String, List<AnalyzedArticle>> analysed = new TreeMap<>();
    double[] sums = new double[6];
    for (Pair pair : pairs) {
      List<AnalyzedArticle> all =
          analysed.computeIfAbsent(pair.topic(), t -> source.apply(t, byTopic.get(t)));
      LocalDate first = pair.reference().keySet().stream().min(LocalDate::compareTo).orElseThrow();
      LocalDate last = pair.reference().keySet().stream().max(LocalDate::compareTo).orElseThrow();
      List<AnalyzedArticle> within = within(pair, all);
      int dates = pair.reference().size();
      int sentences = pair.reference().values().stream().mapToInt(List::size).sum();
      int perDate = Math.max(1, (int) Math.rint((double) sentences / dates));
      TimelineRouge.Result r =
          TimelineRouge.score(
              predicted(
                  DatedTimeline.generate(
                      within,
                      new DatedTimeline.Request(
                          dates, perDate, first, last, keywords(pair.topic())))),
              pair.reference(),
              stop);
      Rouge.Score[] s = {r.rouge1(), r.rouge2(), r.dates()};
      for (int i = 0; i < 3; i++) {
        sums[2 * i] += s[i].precision();
        sums[2 * i + 1] += s[i].recall();
      }
      out.printf(
          Locale.ROOT,
          "  %-6s %-28s %4d articles %3d dates x %d  AR-1 %.3f AR-2 %.3f date F1 %.3f%n",
          pair.topic(),
          pair.name(),
          within.size(),
          dates,
          perDate,
          r.rouge1().f1(),
          r.rouge2().f1(),
          r.dates().f1());
    }
    int n = pairs.size();
    return new Result(n, mean(sums, 0, n), mean(sums, 1, n), mean(sums, 2, n));
  }

  /**
   * The topic's query words, as the dataset's topic names give them (a chosen sentence must contain
   * one, lower-case substring match); none for an unknown topic.
   */
  static java.util.Set<String> keywords(String topic) {
    return switch (topic) {
      case "bpoil" -> java.util.Set.of("bp", "oil", "spill");
      case "egypt" -> java.util.Set.of("egypt");
      case "finan" -> java.util.Set.of("financ", "bank", "crisis");
      case "h1n1" -> java.util.Set.of("h1n1", "swine", "flu");
      case "haiti" -> java.util.Set.of("haiti", "quake");
      case "iraq" -> java.util.Set.of("iraq");
      case "libya" -> java.util.Set.of("libya");
      case "mj" -> java.util.Set.of("michael", "jackson");
      case "syria" -> java.util.Set.of("syria");
      default -> java.util.Set.of();
    };
  }

  private static Rouge.Score mean(double[] sums, int i, int n) {
    double p = sums[2 * i] / n;
    double r = sums[2 * i + 1] / n;
    return new Rouge.Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  private List<AnalyzedArticle> analyse(String topic, List<Article> articles) {
    Progress progress = Progress.console();
    progress.start("analyze " + topic, articles.size());
    List<AnalyzedArticle> out = new ArrayList<>();
    for (int i = 0; i < articles.size(); i += 64) {
      out.addAll(analyzer.analyzeAll(articles.subList(i, Math.min(articles.size(), i + 64))));
      progress.step(Math.min(64, articles.size() - i));
    }
    progress.finish();
    return dev.storyline.analyze.sentence.SiteLines.leaveOut(out);
  }

  static Map<LocalDate, List<String>> predicted(List<TimelineEntry> entries) {
    Map<LocalDate, List<String>> out = new TreeMap<>();
    entries.forEach(
        e -> out.computeIfAbsent(e.date(), d -> new ArrayList<>()).add(e.line().text()));
    return out;
  }

  Map<String, List<Article>> articles(Path file) throws IOException {
    Map<String, List<Article>> out = new TreeMap<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode n = json.readTree(line);
        String text = dev.storyline.ingest.PtbText.detokenise(n.path("text").asText(""));
        if (text.isBlank()) {
          continue;
        }
        LocalDate date = LocalDate.parse(n.path("pub_date").asText());
        Article a =
            new Article(
                n.path("collection").asText() + "-" + n.path("id").asText(),
                n.path("source").asText(null),
                null,
                date.atStartOfDay().toInstant(ZoneOffset.UTC),
                "",
                text,
                Map.of());
        out.computeIfAbsent(n.path("topic").asText(), k -> new ArrayList<>()).add(a);
      }
    }
    return out;
  }

  List<Pair> references(Path dir, Map<String, List<Article>> byTopic) throws IOException {
    List<Pair> out = new ArrayList<>();
    List<Path> folders;
    try (Stream<Path> s = Files.list(dir)) {
      folders = s.filter(Files::isDirectory).sorted().toList();
    }
    for (Path folder : folders) {
      String topic = topicOf(folder.getFileName().toString(), byTopic);
      int i = 0;
      for (String line : Files.readAllLines(folder.resolve("timelines.jsonl"))) {
        if (line.isBlank()) {
          continue;
        }
        Map<LocalDate, List<String>> tl = new TreeMap<>();
        for (JsonNode day : json.readTree(line)) {
          List<String> sents = new ArrayList<>();
          day.get(1).forEach(s -> sents.add(s.asText()));
          tl.merge(
              LocalDate.parse(day.get(0).asText().substring(0, 10)),
              sents,
              (a, b) -> {
                List<String> m = new ArrayList<>(a);
                m.addAll(b);
                return m;
              });
        }
        out.add(new Pair(topic, folder.getFileName() + (i++ > 0 ? "#" + i : ""), tl));
      }
    }
    return out;
  }

  /** The topic whose articles come from this collection folder. */
  private static String topicOf(String collection, Map<String, List<Article>> byTopic) {
    for (Map.Entry<String, List<Article>> e : byTopic.entrySet()) {
      if (e.getValue().stream().anyMatch(a -> a.id().startsWith(collection + "-"))) {
        return e.getKey();
      }
    }
    throw new IllegalArgumentException("no articles for timeline collection " + collection);
  }

  static void print(Result r, PrintStream out) {
    out.printf(Locale.ROOT, "timeline pairs    %d%n", r.pairs());
    out.printf(
        Locale.ROOT,
        "AR-1   P/R/F      %.3f / %.3f / %.3f%n",
        r.rouge1().precision(),
        r.rouge1().recall(),
        r.rouge1().f1());
    out.printf(
        Locale.ROOT,
        "AR-2   P/R/F      %.3f / %.3f / %.3f%n",
        r.rouge2().precision(),
        r.rouge2().recall(),
        r.rouge2().f1());
    out.printf(
        Locale.ROOT,
        "date   P/R/F      %.3f / %.3f / %.3f%n",
        r.dates().precision(),
        r.dates().recall(),
        r.dates().f1());
    out.println(
        "published (Ghalandari & Ifrim 2020, Table 4): DATEWISE 0.120 / 0.035 / 0.544,"
            + " CLUST 0.082 / 0.020 / 0.407 (AR-1 F / AR-2 F / date F1)");
  }

  /** The articles published within the reference timeline's first and last date. */
  static List<AnalyzedArticle> within(Pair pair, List<AnalyzedArticle> all) {
    LocalDate first = pair.reference().keySet().stream().min(LocalDate::compareTo).orElseThrow();
    LocalDate last = pair.reference().keySet().stream().max(LocalDate::compareTo).orElseThrow();
    return all.stream()
        .filter(
            a -> {
              LocalDate d = LocalDate.ofInstant(a.article().published(), ZoneOffset.UTC);
              return !d.isBefore(first) && !d.isAfter(last);
            })
        .toList();
  }
}
