package dev.storyline.web.feed;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dev.storyline.domain.Brief;
import dev.storyline.domain.CleanText;
import dev.storyline.store.PageVersions;
import dev.storyline.store.StoryCard;
import dev.storyline.store.StoryDetail;
import dev.storyline.store.StoryQueries;
import dev.storyline.store.StorylineCard;
import dev.storyline.web.SiteUrl;
import dev.storyline.web.WebPaths;
import dev.storyline.web.cache.PageScopes;
import dev.storyline.web.error.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One Atom feed per story and per storyline, for readers who follow them in a feed reader: a
 * story's feed has an entry per source article (a new source is a new entry) and one for the
 * current brief; a storyline's feed has an entry per story. Public: they hold no reader's data.
 */
@Controller
class ItemFeedController {
  private final StoryQueries queries;
  private final SiteUrl site;

  ItemFeedController(StoryQueries queries, SiteUrl site) {
    this.queries = queries;
    this.site = site;
  }

  @GetMapping("/stories/{id}/feed.atom")
  ResponseEntity<String> story(@PathVariable String id) throws FeedException {
    StoryDetail d = queries.story(id).orElse(null);
    if (d == null) {
      String survivor = queries.redirect(id).orElseThrow(() -> new NotFoundException("story", id));
      return ResponseEntity.status(org.springframework.http.HttpStatus.MOVED_PERMANENTLY)
          .location(java.net.URI.create(WebPaths.story(survivor, null) + "/feed.atom"))
          .build();
    }
    PageScopes.depend(PageVersions.story(id));
    String base = base();
    String page = base + WebPaths.story(d.card());
    SyndFeed feed = feed(d.card().headline(), page, base + WebPaths.story(id, null) + "/feed.atom");
    List<SyndEntry> entries = new ArrayList<>();
    Brief brief = d.brief();
    entries.add(
        entry(
            "Brief updated: " + d.card().headline(),
            page + "#brief-" + brief.writtenAt().toEpochMilli(),
            page,
            brief.writtenAt(),
            d.card().whyItMatters()));
    brief.sources().stream()
        .sorted(Comparator.comparing(Brief.SourceArticle::published).reversed())
        .forEach(
            s ->
                entries.add(
                    entry(
                        s.outlet() + ": " + s.title(),
                        page + "#source-" + s.articleId(),
                        s.url() == null || WebPaths.safeUrl(s.url()) == null ? page : s.url(),
                        s.published(),
                        "")));
    feed.setPublishedDate(
        Date.from(
            d.card().lastPublished().isAfter(brief.writtenAt())
                ? d.card().lastPublished()
                : brief.writtenAt()));
    feed.setEntries(entries);
    return ok(feed);
  }

  @GetMapping("/storylines/{id}/feed.atom")
  ResponseEntity<String> storyline(@PathVariable String id) throws FeedException {
    StorylineCard s = queries.storyline(id).orElse(null);
    if (s == null) {
      String carrier =
          queries.storylineRedirect(id).orElseThrow(() -> new NotFoundException("storyline", id));
      return ResponseEntity.status(org.springframework.http.HttpStatus.MOVED_PERMANENTLY)
          .location(java.net.URI.create(WebPaths.storyline(carrier) + "/feed.atom"))
          .build();
    }
    PageScopes.depend(PageVersions.storyline(id));
    String base = base();
    SyndFeed feed =
        feed(
            s.title(), base + WebPaths.storyline(id), base + WebPaths.storyline(id) + "/feed.atom");
    List<SyndEntry> entries = new ArrayList<>();
    List<StoryCard> newestFirst = new ArrayList<>(s.stories());
    java.util.Collections.reverse(newestFirst);
    for (StoryCard c : newestFirst) {
      String url = base + WebPaths.story(c);
      entries.add(entry(c.headline(), url, url, c.lastPublished(), c.whyItMatters()));
    }
    feed.setPublishedDate(Date.from(s.last()));
    feed.setEntries(entries);
    return ok(feed);
  }

  private static SyndFeed feed(String title, String page, String self) {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setTitle(CleanText.of("Storyline: " + title));
    feed.setDescription("Updates to " + title);
    feed.setUri(self);
    feed.setLink(page);
    SyndLinkImpl selfLink = new SyndLinkImpl();
    selfLink.setHref(self);
    selfLink.setRel("self");
    SyndLinkImpl alt = new SyndLinkImpl();
    alt.setHref(page);
    alt.setRel("alternate");
    feed.setLinks(List.of(selfLink, alt));
    feed.setAuthor("Storyline");
    return feed;
  }

  private static SyndEntry entry(
      String title, String uri, String link, java.time.Instant when, String text) {
    SyndEntry e = new SyndEntryImpl();
    e.setTitle(CleanText.of(title));
    e.setUri(uri);
    e.setLink(link);
    e.setUpdatedDate(Date.from(when));
    e.setPublishedDate(Date.from(when));
    if (text != null && !text.isBlank()) {
      SyndContentImpl content = new SyndContentImpl();
      content.setType("text");
      content.setValue(CleanText.of(text));
      e.setDescription(content);
    }
    return e;
  }

  private String base() {
    return site.base();
  }

  private static ResponseEntity<String> ok(SyndFeed feed) throws FeedException {
    return ResponseEntity.ok()
        .contentType(AtomFeedController.ATOM)
        .body(new SyndFeedOutput().outputString(feed, true));
  }
}
