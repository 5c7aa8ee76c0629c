package dev.storyline.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.ingest.http.SafeFetcher;
import dev.storyline.store.Source;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One source whose poll throws an {@link Error} (here a StackOverflowError out of the name lookup,
 * as a hostile answer once caused deep in the client) does not stop the round: the other source is
 * polled, the bad one gets the error in words, a back-off and its claim released.
 */
class PollIsolationTest {

  @Test
  void anErrorInOneSourcesPollIsRecordedOnItAndTheOthersGoOn() throws Exception {
    SafeFetcher.Resolver dns =
        host -> {
          if (host.equals("hostile.test")) {
            throw new StackOverflowError();
          }
          return InetAddress.getAllByName(host);
        };
    try (FeedFixture f = new FeedFixture(FetchProperties.defaults().settings(), 0, dns)) {
      Source good = f.addFeed();
      Source bad =
          f.sources.add(
              f.server.url("/feed").replace("127.0.0.1", "hostile.test"),
              "",
              Duration.ofMinutes(30),
              f.clock.instant());
      f.serve("application/rss+xml", Feeds.good().getBytes(StandardCharsets.UTF_8));

      List<FeedPoller.Report> reports = f.poller.pollDue();

      assertThat(reports).extracting(FeedPoller.Report::sourceId).contains(good.id(), bad.id());
      assertThat(f.reload(good).errorCount()).isZero();
      assertThat(f.snapshot()).hasSize(1);
      Source after = f.reload(bad);
      assertThat(after.lastError()).contains("StackOverflowError");
      assertThat(after.errorCount()).isEqualTo(1);
      assertThat(after.nextFetchAt()).isAfter(f.clock.instant());
      assertThat(f.sources.claimHolder(bad.id(), f.clock.instant())).isEmpty();
    }
  }
}
