package dev.storyline.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.domain.Article;
import dev.storyline.ingest.Ingested;
import dev.storyline.ingest.extract.ExtractedPage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Feed entry → article" decided over plain values, without fetching or storing anything. */
class EntryArticleTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final String LONG =
      "The harbour authority approved the new crane contract on Tuesday after a year of talks"
          + " with the three bidders and the unions that represent the dock workers.";

  private static FeedEntry entry(String link, String title, String html, Instant published) {
    return new FeedEntry(null, link, title, published, null, List.of("Ana Ruiz"), html, "");
  }

  private static ExtractedPage page(String text, String canonical) {
    return new ExtractedPage(
        "Page title", text, "Page Author", NOW.minusSeconds(3600), canonical, "en", null, null);
  }

  private static Article accepted(Ingested in) {
    assertThat(in).isInstanceOf(Ingested.Accepted.class);
    return ((Ingested.Accepted) in).article();
  }

  @Test
  void aShortEntryWithALinkIsATeaserALongOneIsNot() {
    assertThat(EntryArticle.isTeaser(entry("https://a.example/x", "T", "<p>Short.</p>", null), 20))
        .isTrue();
    assertThat(
            EntryArticle.isTeaser(
                entry("https://a.example/x", "T", "<p>" + LONG + "</p>", null), 20))
        .isFalse();
    assertThat(EntryArticle.isTeaser(entry(null, "T", "<p>Short.</p>", null), 20))
        .as("nothing to fetch")
        .isFalse();
  }

  @Test
  void aCanonicalAddressCountsOnlyOnThePagesOwnSite() {
    ExtractedPage own = page(LONG, "https://www.a.example/cranes");
    assertThat(
            EntryArticle.onOwnSite(
                own, "https://news.a.example/x", "https://a.example/x", "https://feeds.f.example"))
        .as("another host of the same registrable domain")
        .isSameAs(own);

    ExtractedPage claimsOther = page(LONG, "https://b.example/their-story");
    ExtractedPage kept =
        EntryArticle.onOwnSite(claimsOther, "https://a.example/x", "https://a.example/feed");
    assertThat(kept.canonicalUrl()).as("another outlet's address is dropped").isNull();
    assertThat(kept.text()).isEqualTo(LONG);
    assertThat(
            accepted(
                    EntryArticle.of(
                        "src1", "A", entry("https://a.example/x", "T", "", null), kept, NOW, 1))
                .id())
        .as("the id comes from the entry's own link, not the claimed address")
        .isEqualTo(
            accepted(
                    EntryArticle.of(
                        "src1", "A", entry("https://a.example/x", "T", "", null), null, NOW, 1))
                .id());
    assertThat(EntryArticle.onOwnSite(null, "https://a.example/x")).isNull();
  }

  @Test
  void thePagesTextIsUsedWhenLongerAndItsCanonicalAddressGivesTheId() {
    FeedEntry e = entry("https://a.example/x?utm_source=feed", "Cranes", "<p>Short.</p>", null);
    Article withPage =
        accepted(
            EntryArticle.of(
                "src1", "Harbor Times", e, page(LONG, "https://a.example/cranes"), NOW, 1));
    assertThat(withPage.text()).isEqualTo(LONG);
    assertThat(withPage.title()).isEqualTo("Cranes");
    assertThat(withPage.published())
        .as("the page's time when the entry has none")
        .isEqualTo(NOW.minusSeconds(3600));
    assertThat(withPage.meta())
        .containsEntry("feed", "src1")
        .containsEntry("author", "Ana Ruiz")
        .containsEntry("canonical", "https://a.example/cranes")
        .containsEntry("language", "en");

    Article samePlace =
        accepted(
            EntryArticle.of(
                "src2",
                "Other",
                entry("https://a.example/cranes#top", "Cranes again", "<p>" + LONG + "</p>", NOW),
                null,
                NOW,
                3));
    assertThat(samePlace.id()).as("one address, one id, whichever source").isEqualTo(withPage.id());
    assertThat(samePlace.text()).isEqualTo(LONG);
    assertThat(samePlace.published()).isEqualTo(NOW);
  }

  @Test
  void aShorterPageLeavesTheEntrysTextAndAnUntitledEntryTakesThePagesTitle() {
    FeedEntry e = entry("https://a.example/y", "", "<p>" + LONG + "</p>", null);
    Article a =
        accepted(EntryArticle.of("src1", "Harbor Times", e, page("Too short.", null), NOW, 1));
    assertThat(a.text()).isEqualTo(LONG);
    assertThat(a.title()).isEqualTo("Page title");
  }

  @Test
  void anEntryWithoutTitleOrTextIsRejectedWithItsReason() {
    Ingested in = EntryArticle.of("src1", "Harbor Times", entry(null, "", "", null), null, NOW, 7);
    assertThat(in)
        .isInstanceOfSatisfying(
            Ingested.Rejected.class,
            r -> {
              assertThat(r.reason()).isEqualTo(Ingested.Reason.EMPTY_TEXT);
              assertThat(r.line()).isEqualTo(7);
            });
  }

  @Test
  void theKeyIsTheEntrysIdElseItsLinkElseTitleAndTime() {
    FeedEntry withId = new FeedEntry("guid-1", "https://a.example/z", "T", NOW, null, null, "", "");
    FeedEntry sameId =
        new FeedEntry("guid-1", "https://b.example/q", "U", null, null, null, "", "");
    assertThat(EntryArticle.key(withId)).isEqualTo(EntryArticle.key(sameId)).hasSize(64);
    assertThat(EntryArticle.key(entry("https://a.example/z", "T", "", NOW)))
        .isNotEqualTo(EntryArticle.key(entry("https://a.example/w", "T", "", NOW)));
  }
}
