package dev.storyline.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.brief.section.SidesWriter;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import dev.storyline.domain.StoryMaterial;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Noise comparisons and a large synthetic story. */
class ScaleAndNoiseTest {
  private final BriefWriter writer = new ExtractiveBriefWriter();

  @Test
  void tenOutletStoryIsLouderThanATwoArticleStory() {
    Brief wide = writer.write(Fixture.material("w", Synthetic.story("w", 10, 10, 20, 1)));
    Brief small = writer.write(Fixture.material("s", Synthetic.story("s", 2, 2, 20, 2)));
    assertThat(wide.noise().outlets()).isEqualTo(10);
    assertThat(small.noise().articles()).isEqualTo(2);
    assertThat(wide.noise().score()).isGreaterThan(small.noise().score());
    assertThat(wide.noise().basis())
        .startsWith("10 articles from 10 outlets in 18 hours;")
        .contains("a typical story here has 3 articles (90th percentile 7)");
    assertThat(wide.noise().label()).isIn("Loud", "Very loud");
    assertThat(small.noise().label()).isIn("Quiet", "Moderate");
  }

  @Test
  void repetitiveLoudCoverageIsLoudButThin() {
    List<AnalyzedArticle> copies = new java.util.ArrayList<>();
    AnalyzedArticle template = Synthetic.story("t", 1, 1, 1, 3).get(0);
    for (int i = 0; i < 30; i++) {
      dev.storyline.domain.Article a = template.article();
      copies.add(
          new AnalyzedArticle(
              new dev.storyline.domain.Article(
                  "c" + i,
                  "Outlet " + i,
                  null,
                  a.published().plusSeconds(600L * i),
                  a.title(),
                  a.text(),
                  null),
              template.sentences(),
              template.titleEntities(),
              template.embedding()));
    }
    Brief b = writer.write(Fixture.material("c", copies));
    assertThat(b.noise().score()).isGreaterThanOrEqualTo(60);
    assertThat(b.noise().loudButThin()).isTrue();
  }

  @Test
  void largeStoryIsWrittenAndGrounded() {
    List<AnalyzedArticle> articles = Synthetic.story("big", 500, 40, 72, 7);
    StoryMaterial material = Fixture.material("big", articles);
    writer.write(material); // warm-up
    long start = System.nanoTime();
    Brief b = writer.write(material);
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("brief of a 500-article story written in %d ms%n", ms);
    assertThat(b.keyPoints()).hasSizeBetween(3, 5);
    assertThat(b.timeline()).hasSizeLessThanOrEqualTo(12);
    assertThat(b.sides()).isNotEmpty();
    assertThat(b.sides()).allMatch(c -> c.stances().size() <= SidesWriter.PER_CAMP);
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    for (Line line : ExtractiveBriefWriterTest.allLines(b)) {
      SourceRef ref = line.refs().get(0);
      AnalyzedArticle a = byId.get(ref.articleId());
      String source =
          ref.sentence() == SourceRef.TITLE
              ? a.article().title()
              : a.sentences().get(ref.sentence()).text();
      assertThat(source).contains(line.text());
    }
  }

  @Test
  void concurrentWritesGiveTheSameBrief() throws Exception {
    StoryMaterial material = PortStory.material();
    Brief expected = writer.write(material);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Brief>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        futures.add(pool.submit(() -> writer.write(material)));
      }
      for (Future<Brief> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }
}
