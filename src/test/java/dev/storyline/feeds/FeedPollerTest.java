package dev.storyline.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.ingest.http.LoopbackServer;
import dev.storyline.store.Source;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedPollerTest {
  private FeedFixture f;

  @BeforeEach
  void start() throws Exception {
    f = new FeedFixture();
  }

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void newEntriesAreStoredAndThePipelineRuns() throws Exception {
    Source s = f.addFeed();
    f.serve("application/rss+xml", Feeds.good().getBytes(StandardCharsets.UTF_8));
    FeedPoller.Report r = f.poller.poll(s.id());
    assertThat(r.error()).isNull();
    assertThat(r.stored()).isEqualTo(1);
    assertThat(f.processRuns).hasValue(1);
    Source after = f.reload(s);
    assertThat(after.title()).isEqualTo("Lakeside Post");
    assertThat(after.nextFetchAt()).isEqualTo(f.clock.instant().plus(Duration.ofMinutes(30)));
    assertThat(f.snapshot().get(0))
        .contains("Council approves the harbour budget")
        .contains("The council approved the harbour budget on Tuesday");
  }

  @Test
  void pollingTheSameItemsAgainChangesNothing() throws Exception {
    Source s = f.addFeed();
    f.serve("application/rss+xml", Feeds.good().getBytes(StandardCharsets.UTF_8));
    f.poller.poll(s.id());
    var before = f.snapshot();
    FeedPoller.Report again = f.poller.poll(s.id());
    assertThat(again.stored()).isZero();
    assertThat(again.outcomes()).containsEntry(EntryIngest.Outcome.ALREADY_SEEN, 1);
    assertThat(f.snapshot()).isEqualTo(before);
    assertThat(f.processRuns).hasValue(1);
  }

  @Test
  void conditionalGetUsesTheStoredEtag() throws Exception {
    Source s = f.addFeed();
    f.feed.set(
        ex -> {
          if ("\"e1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            LoopbackServer.send(ex, 304, null, new byte[0]);
          } else {
            ex.getResponseHeaders().set("ETag", "\"e1\"");
            LoopbackServer.send(
                ex, 200, "application/rss+xml", Feeds.good().getBytes(StandardCharsets.UTF_8));
          }
        });
    f.poller.poll(s.id());
    assertThat(f.reload(s).etag()).isEqualTo("\"e1\"");
    FeedPoller.Report second = f.poller.poll(s.id());
    assertThat(second.error()).isNull();
    assertThat(second.entries()).isZero();
  }

  @Test
  void failuresBackOffExponentiallyUpToTheCap() throws Exception {
    Source s = f.addFeed();
    f.feed.set(ex -> LoopbackServer.send(ex, 500, "text/plain", "down".getBytes()));
    f.poller.poll(s.id());
    Source once = f.reload(s);
    assertThat(once.errorCount()).isEqualTo(1);
    assertThat(once.lastError()).contains("answered 500");
    assertThat(once.nextFetchAt()).isEqualTo(f.clock.instant().plus(Duration.ofMinutes(60)));
    f.poller.poll(s.id());
    assertThat(f.reload(s).nextFetchAt())
        .isEqualTo(f.clock.instant().plus(Duration.ofMinutes(120)));
    assertThat(FeedPoller.backoff(Duration.ofMinutes(30), 10, Duration.ofHours(6)))
        .isEqualTo(Duration.ofHours(6));
    assertThat(FeedPoller.backoff(Duration.ofMinutes(30), 60, Duration.ofHours(6)))
        .isEqualTo(Duration.ofHours(6));
    f.serve("application/rss+xml", Feeds.good().getBytes(StandardCharsets.UTF_8));
    f.poller.poll(s.id());
    assertThat(f.reload(s).errorCount()).isZero();
    assertThat(f.reload(s).lastError()).isNull();
  }

  @Test
  void aClaimedSourceIsNotFetchedTwiceAtOnce() throws Exception {
    Source s = f.addFeed();
    f.serve("application/rss+xml", Feeds.good().getBytes(StandardCharsets.UTF_8));
    assertThat(f.sources.claim(s.id(), f.clock.instant(), f.clock.instant().plusSeconds(60)))
        .isTrue();
    assertThat(f.poller.pollOnly(s.id())).isNull();
    assertThat(f.server.hits("/feed")).isZero();
  }

  @Test
  void aClaimLeftByAProcessOfThisMachineThatEndedIsTakenOver() throws Exception {
    Source s = f.addFeed();
    f.serve("application/rss+xml", Feeds.good().getBytes(StandardCharsets.UTF_8));
    String host = ProcessOwner.SELF.split("/")[0];
    String ended = host + "/999999999/1"; // no such process id (above Linux's pid_max)
    assertThat(
            f.sources.claim(s.id(), f.clock.instant(), f.clock.instant().plusSeconds(600), ended))
        .isTrue();
    FeedPoller.Report r = f.poller.poll(s.id());
    assertThat(r).isNotNull();
    assertThat(r.stored()).isEqualTo(1);
    assertThat(f.sources.claimHolder(s.id(), f.clock.instant())).isEmpty();
  }

  @Test
  void aClaimOfALiveProcessOrOfAnotherMachineIsRespected() throws Exception {
    Source s = f.addFeed();
    f.serve("application/rss+xml", Feeds.good().getBytes(StandardCharsets.UTF_8));
    for (String holder : new String[] {ProcessOwner.SELF, "other-machine.invalid/999999999/1"}) {
      assertThat(
              f.sources.claim(
                  s.id(), f.clock.instant(), f.clock.instant().plusSeconds(600), holder))
          .isTrue();
      assertThat(f.poller.pollOnly(s.id())).as(holder).isNull();
      f.jdbc.update("update source set claimed_until = null, claimed_by = null");
    }
    assertThat(f.server.hits("/feed")).isZero();
  }

  @Test
  void pausedSourcesAreNotDue() throws Exception {
    Source s = f.addFeed();
    f.sources.setPaused(s.id(), true, f.clock.instant());
    assertThat(f.poller.pollDue()).isEmpty();
    f.sources.setPaused(s.id(), false, f.clock.instant());
    f.serve("application/rss+xml", Feeds.good().getBytes(StandardCharsets.UTF_8));
    assertThat(f.poller.pollDue()).hasSize(1);
  }

  @Test
  void syndicatedStoryAtFiveOutletsIsStoredOnceWithItsSightings() throws Exception {
    Source s = f.addFeed();
    String[] leads = {
      "(Wire)", "By a staff reporter.", "Updated.", "From our partners:", "Reuters-style:"
    };
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < leads.length; i++) {
      items.append(
          Feeds.item(
              "dam-" + i,
              "Cracks found in northern dam",
              "<p>" + Feeds.wireStory(leads[i]) + "</p>"));
    }
    f.serve("application/rss+xml", Feeds.rss(items.toString()).getBytes(StandardCharsets.UTF_8));
    FeedPoller.Report r = f.poller.poll(s.id());
    assertThat(r.stored()).isEqualTo(1);
    assertThat(r.outcomes()).containsEntry(EntryIngest.Outcome.NEAR_DUPLICATE, 4);
    String id = f.jdbc.queryForObject("select id from article", String.class);
    assertThat(f.sightings.of(id)).hasSize(4).allMatch(x -> x.kind().equals("near"));
    assertThat(
            f.meters
                .counter("storyline.stage.items", "stage", "ingest", "outcome", "stored")
                .count())
        .as("the same stage metrics as an import")
        .isEqualTo(1);
    assertThat(
            f.meters
                .counter("storyline.stage.items", "stage", "ingest", "outcome", "near_duplicate")
                .count())
        .isEqualTo(4);
    assertThat(f.meters.timer("storyline.stage.time", "stage", "ingest").count()).isEqualTo(5);
  }

  @Test
  void teaserEntryFetchesTheArticlePage() throws Exception {
    f.close();
    f = new FeedFixture(FetchProperties.defaults().settings(), 50);
    Source s = f.addFeed();
    String page =
        "<html><head><title>Dam</title></head><body><nav><a href=/>Home</a></nav><article>"
            + "<p>"
            + Feeds.wireStory("Full text.")
            + "</p></article><footer>Copyright</footer></body></html>";
    f.server.text("/story", "text/html; charset=utf-8", page);
    String feed =
        Feeds.rss(
            "<item><guid>t1</guid><title>Cracks found</title><link>"
                + f.server.url("/story")
                + "</link><description>Engineers found cracks.</description></item>");
    f.serve("application/rss+xml", feed.getBytes(StandardCharsets.UTF_8));
    assertThat(f.poller.poll(s.id()).stored()).isEqualTo(1);
    String body = f.jdbc.queryForObject("select body from article", String.class);
    assertThat(body)
        .startsWith("Full text. Engineers inspected")
        .doesNotContain("Copyright")
        .doesNotContain("Home");
  }

  @Test
  void aPageCannotClaimAnotherOutletsAddressAsItsCanonicalOne() throws Exception {
    f.close();
    f = new FeedFixture(FetchProperties.defaults().settings(), 50);
    Source s = f.addFeed();
    String own = f.server.url("/canonical/dam-cracks");
    f.server.text(
        "/rival",
        "text/html; charset=utf-8",
        page("https://rival.example/news/scoop", Feeds.wireStory("Full text.")));
    f.server.text("/own", "text/html; charset=utf-8", page(own, HARBOUR));
    String feed =
        Feeds.rss(
            "<item><guid>r1</guid><title>Cracks found</title><link>"
                + f.server.url("/rival")
                + "</link><description>Engineers found cracks.</description></item>",
            "<item><guid>o1</guid><title>Dam repaired</title><link>"
                + f.server.url("/own")
                + "</link><description>Engineers repaired the dam.</description></item>");
    f.serve("application/rss+xml", feed.getBytes(StandardCharsets.UTF_8));
    f.poller.poll(s.id());
    assertThat(f.jdbc.queryForList("select canonical_url from article", String.class))
        .noneMatch(u -> u.contains("rival.example"))
        .anyMatch(u -> u.contains("/canonical/dam-cracks"));
    assertThat(f.jdbc.queryForList("select meta from article", String.class))
        .noneMatch(m -> m.contains("rival.example"));
  }

  private static final String HARBOUR =
      "The harbour board approved a new breakwater on Friday after two years of debate, and the"
          + " first stones will be laid in spring. Fishermen welcomed the decision, saying storms"
          + " had damaged the old quay four times since the winter before last. The board expects"
          + " the work to last eighteen months and to cost about twelve million, shared between the"
          + " port and the province. Ferry services will keep running while the breakwater is"
          + " built, though the evening crossing may move to the southern berth in the summer.";

  private static String page(String canonical, String text) {
    return "<html><head><title>Dam</title><link rel=\"canonical\" href=\""
        + canonical
        + "\"><meta property=\"og:url\" content=\""
        + canonical
        + "\"></head><body><article><p>"
        + text
        + "</p></article></body></html>";
  }
}
