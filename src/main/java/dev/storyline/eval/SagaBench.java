package dev.storyline.eval;

import dev.storyline.brief.BriefWriter;
import dev.storyline.pipeline.SagaFeed;
import dev.storyline.store.ArticleRepository;
import dev.storyline.store.StoryRepository;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code bench saga}: what one new article costs the brief step as its storyline grows (issue 18).
 * A synthetic saga ({@link SyntheticSaga}: stories of one to three articles, two days apart) is
 * stored in a fresh in-memory database up to each size; then {@code --adds} articles arrive one at
 * a time as a feed brings them (the saga goes on), and the brief step's time (CPU time of the
 * thread, which the load of a shared machine moves less than wall time, and wall time) and the
 * briefs it wrote are printed per article, beside what writing the whole storyline again costs
 * (what each article cost before the step became incremental). Analysis and clustering are not part
 * of it.
 */
final class SagaBench {
  static final String USAGE =
      """
        saga [--at 100,500,1000] [--adds 10] [--seed 11]
            One storyline of synthetic stories grown to each size: the brief step's time per new
            article (p50 and slowest of --adds articles arriving one at a time), the briefs it
            rewrote for each, and the time to write the whole storyline again from scratch.
      """;

  private static final Instant START = Instant.parse("2020-01-01T06:00:00Z");
  private static final String LINE = "bench-saga";

  private final PrintStream out;
  private final BriefWriter writer;
  private final com.fasterxml.jackson.databind.ObjectMapper json;

  SagaBench(PrintStream out, Toolkit toolkit) {
    this.out = out;
    this.writer = toolkit.briefs();
    this.json = toolkit.json();
  }

  int run(Map<String, String> opts) {
    int[] sizes =
        Arrays.stream(opts.getOrDefault("at", "100,500,1000").split(","))
            .mapToInt(s -> Integer.parseInt(s.strip()))
            .sorted()
            .toArray();
    int adds = Integer.parseInt(opts.getOrDefault("adds", "10"));
    SyntheticSaga saga = new SyntheticSaga(Long.parseLong(opts.getOrDefault("seed", "11")));
    JdbcTemplate jdbc = freshDatabase();
    Clock clock = Clock.systemUTC();
    SagaFeed feed =
        new SagaFeed(
            writer,
            new ArticleRepository(jdbc, json),
            new StoryRepository(jdbc, json),
            clock,
            LINE);
    out.printf(
        Locale.ROOT,
        "%7s %8s | %-44s | %s%n",
        "",
        "",
        "brief step per new article (" + adds + " articles)",
        "whole storyline from scratch");
    out.printf(
        Locale.ROOT,
        "%7s %8s | %9s %9s %9s %8s | %7s %7s %7s%n",
        "stories",
        "articles",
        "CPU p50",
        "CPU max",
        "wall p50",
        "briefs",
        "CPU s",
        "wall s",
        "briefs");
    Next next = new Next();
    for (int size : sizes) {
      while (feed.stories() < size) {
        next.add(feed, saga);
      }
      feed.serve(); // catch up on the stories stored since the last size
      List<SagaFeed.Cost> costs = new ArrayList<>();
      for (int i = 0; i < adds; i++) {
        next.add(feed, saga);
        costs.add(feed.serve());
      }
      SagaFeed.Cost full = feed.rewriteAll(writer, clock);
      long[] wall = costs.stream().mapToLong(SagaFeed.Cost::nanos).sorted().toArray();
      long[] cpu = costs.stream().mapToLong(SagaFeed.Cost::cpuNanos).sorted().toArray();
      out.printf(
          Locale.ROOT,
          "%7d %8d | %6.0f ms %6.0f ms %6.0f ms %8.1f | %7.1f %7.1f %7d%n",
          feed.stories(),
          next.articles,
          cpu[cpu.length / 2] / 1e6,
          cpu[cpu.length - 1] / 1e6,
          wall[wall.length / 2] / 1e6,
          costs.stream().mapToLong(SagaFeed.Cost::briefsWritten).average().orElse(0),
          full.cpuNanos() / 1e9,
          full.nanos() / 1e9,
          full.briefsWritten());
    }
    return 0;
  }

  /** The saga's next article: story after story, one to three articles each. */
  private static final class Next {
    int story;
    int index;
    int articles;

    void add(SagaFeed feed, SyntheticSaga saga) {
      Instant published =
          START.plus(Duration.ofDays(2L * story)).plus(Duration.ofHours(5L * index));
      feed.add(saga.article(story, index, published), "saga-" + story, published);
      articles++;
      if (++index == 1 + story % 3) {
        story++;
        index = 0;
      }
    }
  }

  private static JdbcTemplate freshDatabase() {
    DriverManagerDataSource ds =
        new DriverManagerDataSource(
            "jdbc:h2:mem:"
                + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1",
            "sa",
            "");
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    return new JdbcTemplate(ds);
  }
}
