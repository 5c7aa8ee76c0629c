package dev.storyline.brief;

import dev.storyline.brief.section.HeadlineWriter;
import dev.storyline.brief.section.SidebarTitles;
import dev.storyline.brief.section.TimelineWriter;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.StoryMaterial;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Part of {@link Saga}: what the storyline keeps of an article.
 *
 * @param headed the article reduced to what {@link HeadlineWriter} reads (title, outlet, title
 *     entities, embedding, first sentence without its vector)
 * @param titleKey the key ({@link SidebarTitles#key}) of its title as a headline shows it ({@link
 *     HeadlineWriter#shown}), null for none or a sidebar given as the title; made once here, read
 *     by every brief of the storyline and every basis
 * @param leadKeys the keys of its first {@value #LEAD_SENTENCES} sentences: a site's line that
 *     opens many pages ("The opinions expressed are his own.", "Would you like to make this your
 *     default edition?") is no headline either ({@link SagaContexts#sidebars})
 * @param facts its background fact candidates
 * @param fingerprint a hash of its id and story id
 * @param idHash a hash of its id alone
 */
record SagaDigest(
    String id,
    String storyId,
    Instant published,
    AnalyzedArticle headed,
    String titleKey,
    List<String> leadKeys,
    List<TimelineWriter.Fact> facts,
    long fingerprint,
    long idHash) {
  /** How many of an article's first sentences a headline may come from. */
  static final int LEAD_SENTENCES = 3;

  static final Comparator<SagaDigest> BY_TIME =
      Comparator.comparing(SagaDigest::published).thenComparing(SagaDigest::id);

  /** The digest of an article in a story, reusing the facts of an earlier digest of it. */
  static SagaDigest of(AnalyzedArticle a, String storyId, SagaDigest earlier) {
    Article in = a.article();
    // a sidebar given as the title is dropped here, where the whole article is at hand
    String title = HeadlineWriter.titleAboutArticle(a) ? in.title() : "";
    Article head = new Article(in.id(), in.source(), in.url(), in.published(), title, "", Map.of());
    var first =
        a.sentences().isEmpty()
            ? List.<dev.storyline.domain.AnalyzedSentence>of()
            : List.of(
                new dev.storyline.domain.AnalyzedSentence(
                    a.sentences().get(0).index(),
                    a.sentences().get(0).start(),
                    a.sentences().get(0).end(),
                    a.sentences().get(0).text(),
                    List.of(),
                    List.of(),
                    new float[0]));
    AnalyzedArticle headed = new AnalyzedArticle(head, first, a.titleEntities(), a.embedding());
    List<TimelineWriter.Fact> facts =
        earlier != null ? earlier.facts() : TimelineWriter.BackgroundFacts.of(a);
    String shown = title.isEmpty() ? "" : HeadlineWriter.shown(headed);
    String key = shown.isBlank() ? null : SidebarTitles.key(shown);
    return new SagaDigest(
        a.id(),
        storyId,
        in.published(),
        headed,
        key,
        a.sentences().stream().limit(LEAD_SENTENCES).map(x -> SidebarTitles.key(x.text())).toList(),
        facts,
        hash(a.id(), storyId),
        hash(a.id(), ""));
  }

  /** The digests of the threads' articles that {@code known} lacks, made on every core. */
  static List<SagaDigest> ofNew(
      List<StoryMaterial.StoryThread> threads, Map<String, SagaDigest> known) {
    record Job(AnalyzedArticle article, String storyId) {}
    List<Job> jobs = new java.util.ArrayList<>();
    for (StoryMaterial.StoryThread t : threads) {
      t.articles().stream()
          .filter(a -> !known.containsKey(a.id()))
          .forEach(a -> jobs.add(new Job(a, t.storyId())));
    }
    return jobs.parallelStream().map(j -> of(j.article(), j.storyId(), null)).toList();
  }

  /** The first 8 bytes of the SHA-256 of an article id and its story id. */
  static long hash(String articleId, String storyId) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest((articleId + "\u0000" + storyId).getBytes(StandardCharsets.UTF_8));
      long h = 0;
      for (int i = 0; i < 8; i++) {
        h = (h << 8) | (d[i] & 0xff);
      }
      return h;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
