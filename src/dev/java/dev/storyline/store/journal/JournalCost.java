package dev.storyline.store.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.domain.Article;
import dev.storyline.store.ArticleRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Dev tool (no test): what the ingest journal costs the storing step of an import. Stores the same
 * made-up articles (about 4 KB of text each) into fresh embedded H2 files with the production URL
 * options, without a journal and with one, in batches of 32 as import does and one at a time as a
 * poll does; rounds alternate. Run: {@code java -cp ... dev.storyline.store.journal.JournalCost
 * [ARTICLES] [ROUNDS]}.
 */
public final class JournalCost {
  private static final String OPTIONS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

  private JournalCost() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<Article> articles = articles(n);
    for (int batch : new int[] {32, 1}) {
      double[] none = new double[rounds];
      double[] journaled = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        none[r] = run(articles, batch, false);
        journaled[r] = run(articles, batch, true);
      }
      System.out.printf(
          Locale.ROOT,
          "batch=%d articles=%d rounds=%d: without journal %.3f ms/article (best %.3f),"
              + " with journal %.3f ms/article (best %.3f)%n",
          batch,
          n,
          rounds,
          mean(none),
          min(none),
          mean(journaled),
          min(journaled));
    }
  }

  /** Milliseconds per stored article. */
  private static double run(List<Article> articles, int batch, boolean journal) throws Exception {
    Path dir = Files.createTempDirectory("journalcost");
    String url = "jdbc:h2:file:" + dir.resolve("storyline") + OPTIONS;
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    SingleConnectionDataSource ds = new SingleConnectionDataSource(url, "sa", "", true);
    try (FileIngestJournal file = new FileIngestJournal(dir.resolve("journal"))) {
      ArticleRepository repo =
          new ArticleRepository(
              new JdbcTemplate(ds), new ObjectMapper(), journal ? file : IngestJournal.NONE);
      long start = System.nanoTime();
      for (int i = 0; i < articles.size(); i += batch) {
        List<ArticleRepository.NewArticle> chunk = new ArrayList<>();
        for (Article a : articles.subList(i, Math.min(articles.size(), i + batch))) {
          chunk.add(new ArticleRepository.NewArticle(a, a.url(), a.id() + "-hash", Instant.now()));
        }
        repo.insertAll(chunk);
      }
      return (System.nanoTime() - start) / 1e6 / articles.size();
    } finally {
      ds.destroy();
      try (var files = Files.walk(dir)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static List<Article> articles(int n) {
    Random random = new Random(7);
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder text = new StringBuilder();
      while (text.length() < 4000) {
        text.append("word")
            .append(random.nextInt(20000))
            .append(random.nextInt(9) == 0 ? ".\n\n" : " ");
      }
      out.add(
          new Article(
              "cost" + i,
              "Outlet " + i % 30,
              "https://outlet.example/" + i,
              Instant.parse("2026-03-01T00:00:00Z").plusSeconds(60L * i),
              "Headline number " + i,
              text.toString(),
              Map.of("feed", "f" + i % 7)));
    }
    return out;
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  private static double min(double[] v) {
    double m = Double.MAX_VALUE;
    for (double x : v) {
      m = Math.min(m, x);
    }
    return m;
  }
}
