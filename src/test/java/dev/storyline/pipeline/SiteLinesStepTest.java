package dev.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.TestDatabases;
import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.analyze.embed.Embedder;
import dev.storyline.analyze.sentence.SiteLines;
import dev.storyline.app.Stages;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Article;
import dev.storyline.store.ArticleRepository;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The analysis step records every article's lines in the store, and the brief step's loader leaves
 * a site's own lines out: the promo under every page of an invented harbour site is gone from the
 * pages of its fifth day on, however the pages were analysed (here the last day first), while the
 * stored analysis keeps it and another site's copy stays.
 */
class SiteLinesStepTest {
  private static final String PROMO =
      "Hopes for a deal at the harbour remain alive despite the strike, says Ana Ruiz.";

  private final JdbcTemplate jdbc = TestDatabases.migratedH2();
  private final ArticleRepository articles = new ArticleRepository(jdbc, new ObjectMapper());

  @Test
  void theBriefStepReadsNoSiteLineFromItsFifthDayWhateverTheAnalysisOrder() {
    ArticleAnalyzer analyzer = Stages.analyzer(new Flat(), false);
    AnalyzeStep step = new AnalyzeStep(analyzer, articles, new SimpleMeterRegistry());
    store("h5", "Harbour Post", 5);
    step.run(Progress.silent());
    for (int d = 0; d < 5; d++) {
      store("h" + d, "Harbour Post", d);
    }
    store("o3", "Osk Times", 3);
    step.run(Progress.silent());
    SagaLoader loader = new SagaLoader(articles);
    for (int d = 0; d < 6; d++) {
      String id = "h" + d;
      List<String> briefed =
          loader.articles(List.of(id)).get(0).sentences().stream()
              .map(AnalyzedSentence::text)
              .toList();
      if (d < SiteLines.DAYS - 1) {
        assertThat(briefed).as("day %d", d).contains(PROMO);
      } else {
        assertThat(briefed).as("day %d", d).doesNotContain(PROMO).hasSize(1);
      }
      assertThat(articles.analyzed(List.of(id)).get(0).sentences())
          .extracting(AnalyzedSentence::text)
          .contains(PROMO);
    }
    assertThat(loader.articles(List.of("o3")).get(0).sentences())
        .extracting(AnalyzedSentence::text)
        .contains(PROMO);
  }

  private void store(String id, String site, int day) {
    Article a =
        new Article(
            id,
            site,
            "https://" + id + ".example/",
            Instant.parse("2031-03-02T09:00:00Z").plusSeconds(86_400L * day),
            "Harbour strike, day " + (day + 1),
            "The dockers held their picket for a day numbered "
                + (day + 1)
                + " of the dispute.\n\n"
                + PROMO,
            Map.of());
    articles.insert(a, a.url(), id, Instant.now());
  }

  /** An embedder that gives every text the same vector (the test reads no vectors). */
  private static final class Flat implements Embedder {
    @Override
    public int dimension() {
      return 2;
    }

    @Override
    public float[] embed(String text) {
      return new float[] {1, 0};
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
      return texts.stream().map(this::embed).toList();
    }
  }
}
