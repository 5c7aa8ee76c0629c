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
import dev.storyline.store.StoryCard;
import dev.storyline.web.WebPaths;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * An Atom 1.0 feed of a list of stories (a topic, the blindspots): one entry per story with its
 * first Why-It-Matters line as summary. Call from a request's thread (absolute links use its host).
 */
public final class StoryListFeed {
  static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

  private StoryListFeed() {}

  /**
   * The feed answer.
   *
   * @param title the feed's title
   * @param selfPath path of the feed itself
   * @param pagePath path of the page it mirrors
   * @param stories its entries, in order
   * @param now the update time when there are no stories
   */
  public static ResponseEntity<String> of(
      String title, String selfPath, String pagePath, List<StoryCard> stories, Instant now) {
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setTitle(title);
    feed.setUri(base + selfPath);
    feed.setLink(base + pagePath);
    feed.setLinks(List.of(link(base + selfPath, "self"), link(base + pagePath, "alternate")));
    feed.setAuthor("Storyline");
    feed.setPublishedDate(
        Date.from(
            stories.stream()
                .map(StoryCard::lastPublished)
                .max(Comparator.naturalOrder())
                .orElse(now)));
    feed.setEntries(stories.stream().map(s -> entry(s, base)).toList());
    try {
      return ResponseEntity.ok()
          .contentType(ATOM)
          .body(new SyndFeedOutput().outputString(feed, true));
    } catch (FeedException e) {
      throw new IllegalStateException("cannot write the feed " + selfPath, e);
    }
  }

  private static SyndEntry entry(StoryCard story, String base) {
    String url = base + WebPaths.story(story);
    SyndEntry entry = new SyndEntryImpl();
    entry.setTitle(story.headline());
    entry.setLink(url);
    entry.setUri(url);
    entry.setUpdatedDate(Date.from(story.lastPublished()));
    entry.setPublishedDate(Date.from(story.firstPublished()));
    entry.setAuthor(String.join(", ", story.outlets()));
    if (story.whyItMatters() != null && !story.whyItMatters().isBlank()) {
      SyndContent content = new SyndContentImpl();
      content.setType("text");
      content.setValue(story.whyItMatters());
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
