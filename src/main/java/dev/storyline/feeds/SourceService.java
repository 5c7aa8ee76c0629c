package dev.storyline.feeds;

import dev.storyline.ingest.feed.FeedParseException;
import dev.storyline.ingest.feed.Opml;
import dev.storyline.store.Source;
import dev.storyline.store.SourceRepository;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Managing feed sources, shared by the command line, the JSON API and the operator page. */
public class SourceService {
  private static final Duration MIN_INTERVAL = Duration.ofMinutes(1);
  private final SourceRepository sources;
  private final FeedPoller poller;
  private final Clock clock;
  private final Duration defaultInterval;

  public SourceService(
      SourceRepository sources, FeedPoller poller, Clock clock, Duration defaultInterval) {
    this.sources = sources;
    this.poller = poller;
    this.clock = clock;
    this.defaultInterval = defaultInterval;
  }

  /**
   * Adds a source (or returns the one already listed at that address).
   *
   * @throws IllegalArgumentException when the address is not an absolute http(s) URL or the
   *     interval is too short
   */
  public Source add(String url, String title, Duration interval) {
    String u = validUrl(url);
    Duration i = interval == null ? defaultInterval : interval;
    if (i.compareTo(MIN_INTERVAL) < 0) {
      throw new IllegalArgumentException("the polling interval must be at least one minute");
    }
    return sources.add(u, title == null ? "" : title.strip(), i, clock.instant());
  }

  public List<Source> list() {
    return sources.list();
  }

  public Optional<Source> find(String id) {
    return sources.find(id);
  }

  public boolean pause(String id) {
    return sources.setPaused(id, true, clock.instant());
  }

  public boolean resume(String id) {
    return sources.setPaused(id, false, clock.instant());
  }

  /** Removes a source; its articles stay stored. */
  public boolean remove(String id) {
    return sources.remove(id);
  }

  /** Polls one source now. */
  public FeedPoller.Report pollNow(String id) throws InterruptedException {
    if (sources.find(id).isEmpty()) {
      throw new IllegalArgumentException("no source with id " + id);
    }
    FeedPoller.Report r = poller.poll(id);
    return r == null
        ? new FeedPoller.Report(
            id, 0, java.util.Map.of(), "a fetch of this source is already running")
        : r;
  }

  /** Polls every due source. */
  public List<FeedPoller.Report> pollDue() throws InterruptedException {
    return poller.pollDue();
  }

  /** Adds every feed of an OPML list; returns the sources added or already present. */
  public List<Source> importOpml(String opml) throws FeedParseException {
    List<Source> out = new ArrayList<>();
    for (Opml.Outline o : Opml.read(opml)) {
      try {
        out.add(add(o.feedUrl(), o.title(), null));
      } catch (IllegalArgumentException e) {
        // an outline with an unusable address is skipped; the rest still count
      }
    }
    return out;
  }

  public String exportOpml() {
    List<Opml.Outline> outlines = new ArrayList<>();
    for (Source s : sources.list()) {
      outlines.add(new Opml.Outline(s.title(), s.url(), s.siteUrl()));
    }
    return Opml.write("Storyline sources", outlines);
  }

  static String validUrl(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("a source needs a feed address");
    }
    try {
      URI u = new URI(url.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
        throw new IllegalArgumentException("a feed address must be an absolute http or https URL");
      }
      return u.toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("not a valid address");
    }
  }
}
