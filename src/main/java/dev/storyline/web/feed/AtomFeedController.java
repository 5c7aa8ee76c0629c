package dev.storyline.web.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dev.storyline.domain.CleanText;
import dev.storyline.store.PageVersions;
import dev.storyline.store.StoryCard;
import dev.storyline.store.StoryQueries;
import dev.storyline.web.SiteUrl;
import dev.storyline.web.WebPaths;
import dev.storyline.web.cache.PageScopes;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The Atom 1.0 feed of the most recently updated stories. */
@Controller
class AtomFeedController {

  static final int ENTRIES = 50;
  static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

  private final StoryQueries queries;
  private final Clock clock;
  private final SiteUrl site;

  AtomFeedController(StoryQueries queries, Clock clock, SiteUrl site) {
    this.queries = queries;
    this.clock = clock;
    this.site = site;
  }

  @GetMapping("/feed.atom")
  ResponseEntity<String> feed() throws FeedException {
    PageScopes.depend(PageVersions.LISTS);
    String base = site.base();
    List<StoryCard> stories = queries.recentStories(ENTRIES);
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setTitle("Storyline: latest stories");
    feed.setDescription("Briefings on the latest news stories, each sentence tied to its sources.");
    feed.setUri(base + "/feed.atom");
    feed.setLink(base + "/");
    feed.setLinks(List.of(link(base + "/feed.atom", "self"), link(base + "/", "alternate")));
    feed.setAuthor("Storyline");
    feed.setPublishedDate(Date.from(updated(stories)));
    feed.setEntries(stories.stream().map(s -> entry(s, base, summary(s))).toList());
    String xml = new SyndFeedOutput().outputString(feed, true);
    return ResponseEntity.ok().contentType(ATOM).body(xml);
  }

  /** The feed's update time: its newest story's, or now when there is none. */
  private Instant updated(List<StoryCard> stories) {
    return stories.stream()
        .map(StoryCard::lastPublished)
        .max(Comparator.naturalOrder())
        .orElseGet(clock::instant);
  }

  /** First Why-It-Matters line, else the first summary line of the brief, else "". */
  private String summary(StoryCard story) {
    if (story.whyItMatters() != null && !story.whyItMatters().isBlank()) {
      return story.whyItMatters();
    }
    return queries
        .story(story.id())
        .flatMap(d -> d.brief().summary().stream().findFirst())
        .map(line -> line.text())
        .orElse("");
  }

  private static SyndEntry entry(StoryCard story, String base, String summary) {
    String url = base + WebPaths.story(story);
    SyndEntry entry = new SyndEntryImpl();
    entry.setTitle(CleanText.of(story.headline()));
    entry.setLink(url);
    entry.setUri(url);
    entry.setUpdatedDate(Date.from(story.lastPublished()));
    entry.setPublishedDate(Date.from(story.firstPublished()));
    entry.setAuthor(CleanText.of(String.join(", ", story.outlets())));
    if (!summary.isBlank()) {
      SyndContent content = new SyndContentImpl();
      content.setType("text");
      content.setValue(CleanText.of(summary));
      entry.setDescription(content);
    }
    return entry;
  }

  private static SyndLink link(String href, String rel) {
    SyndLink link = new SyndLinkImpl();
    link.setHref(href);
    link.setRel(rel);
    return link;
  }
}
