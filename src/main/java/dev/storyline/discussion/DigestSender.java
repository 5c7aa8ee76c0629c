package dev.storyline.discussion;

import dev.storyline.account.Mailer;
import dev.storyline.account.ReaderProperties;
import dev.storyline.store.StoryQueries;
import dev.storyline.store.Topics;
import dev.storyline.web.WebPaths;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The daily e-mail digest: once a day, after {@code storyline.readers.digest-time} (UTC), each
 * opted-in reader gets one plain-text e-mail listing the new articles of the stories, storylines
 * and topics they follow since their previous digest (an article once, under the first of them), or
 * nothing when nothing changed. What a digest covered is recorded before it is sent, so a second
 * run or a restart never sends the same day twice.
 */
@Service
public class DigestSender {
  private static final Logger log = LoggerFactory.getLogger(DigestSender.class);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  /** Most articles listed per story, and stories per storyline or topic; the rest are counted. */
  static final int MAX_LISTED = 10;

  private final DigestRepository digests;
  private final FollowRepository follows;
  private final StoryQueries stories;
  private final Mailer mailer;
  private final ReaderProperties props;
  private final Clock clock;

  DigestSender(
      DigestRepository digests,
      FollowRepository follows,
      StoryQueries stories,
      Mailer mailer,
      ReaderProperties props,
      Clock clock) {
    this.digests = digests;
    this.follows = follows;
    this.stories = stories;
    this.mailer = mailer;
    this.props = props;
    this.clock = clock;
  }

  /**
   * Sends the digests that are due now (readers whose previous digest ran before today's digest
   * time, or yesterday's when today's has not come yet). Returns the number of e-mails sent.
   */
  public synchronized int runDue() {
    Instant now = clock.instant();
    int sent = 0;
    for (DigestRepository.Due due : digests.due(slot(now, props.digestTime()))) {
      if (!digests.claim(due, now)) {
        continue;
      }
      Optional<String> text = text(due, now);
      if (text.isPresent()) {
        mailer.send(
            due.email(), "Your Storyline digest: what changed in what you follow", text.get());
        digests.sent(due.accountId(), now);
        sent++;
      }
    }
    if (sent > 0) {
      log.info("digest: {} e-mail(s) sent", sent);
    }
    return sent;
  }

  /** The latest instant at or before {@code now} whose UTC time of day is {@code at}. */
  static Instant slot(Instant now, LocalTime at) {
    Instant today = now.atZone(ZoneOffset.UTC).toLocalDate().atTime(at).toInstant(ZoneOffset.UTC);
    return today.isAfter(now) ? today.minusSeconds(86_400) : today;
  }

  /** The digest's text, or empty when nothing the reader follows changed. */
  Optional<String> text(DigestRepository.Due due, Instant now) {
    Set<String> listed = new HashSet<>();
    List<String> blocks = new ArrayList<>();
    for (FollowRepository.Followed f : follows.of(due.accountId())) {
      if (f.kind() == FollowRepository.Kind.STORY) {
        List<DigestRepository.NewArticle> found =
            digests.newInStory(f.itemId(), due.coveredUntil(), now);
        found.forEach(a -> listed.add(a.articleId()));
        storyBlock(found).ifPresent(blocks::add);
      }
    }
    for (FollowRepository.Followed f : follows.of(due.accountId())) {
      if (f.kind() == FollowRepository.Kind.STORYLINE) {
        List<DigestRepository.NewArticle> found =
            digests.newInStoryline(f.itemId(), due.coveredUntil(), now).stream()
                .filter(a -> !listed.contains(a.articleId()))
                .toList();
        found.forEach(a -> listed.add(a.articleId()));
        storylineBlock(f.itemId(), found).ifPresent(blocks::add);
      }
    }
    for (FollowRepository.Followed f : follows.of(due.accountId())) {
      if (f.kind() == FollowRepository.Kind.TOPIC) {
        List<DigestRepository.NewArticle> found =
            digests.newInTopic(f.itemId(), due.coveredUntil(), now).stream()
                .filter(a -> listed.add(a.articleId()))
                .toList();
        groupedBlock("Topic: " + Topics.name(f.itemId()), WebPaths.topic(f.itemId()), found)
            .ifPresent(blocks::add);
      }
    }
    if (blocks.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "Hello "
            + due.displayName()
            + ",\n\n"
            + "New since "
            + WHEN.format(due.coveredUntil())
            + " in what you follow on Storyline:\n\n"
            + String.join("\n", blocks)
            + "\n"
            + "You get this e-mail because you turned on the daily digest. To turn it off, open\n"
            + link("/account/following")
            + "\n");
  }

  private Optional<String> storyBlock(List<DigestRepository.NewArticle> found) {
    if (found.isEmpty()) {
      return Optional.empty();
    }
    DigestRepository.NewArticle first = found.get(0);
    return Optional.of(
        "Story: "
            + first.storyHeadline()
            + "\n"
            + link(WebPaths.story(first.storyId(), first.storySlug()))
            + "\n"
            + articles(found, "  "));
  }

  private Optional<String> storylineBlock(
      String storylineId, List<DigestRepository.NewArticle> found) {
    if (found.isEmpty()) {
      return Optional.empty();
    }
    String title = stories.storyline(storylineId).map(s -> s.title()).orElse(storylineId);
    return groupedBlock("Storyline: " + title, WebPaths.storyline(storylineId), found);
  }

  /** A heading, its link, then the new articles story by story ({@value #MAX_LISTED} at most). */
  private Optional<String> groupedBlock(
      String heading, String path, List<DigestRepository.NewArticle> found) {
    if (found.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder b = new StringBuilder(heading + "\n" + link(path) + "\n");
    Map<String, List<DigestRepository.NewArticle>> byStory = new LinkedHashMap<>();
    found.forEach(a -> byStory.computeIfAbsent(a.storyId(), k -> new ArrayList<>()).add(a));
    int shown = 0;
    for (List<DigestRepository.NewArticle> story : byStory.values()) {
      if (shown++ == MAX_LISTED) {
        b.append("  and ").append(byStory.size() - MAX_LISTED).append(" more stories\n");
        break;
      }
      DigestRepository.NewArticle first = story.get(0);
      b.append("  Story: ")
          .append(first.storyHeadline())
          .append('\n')
          .append("  ")
          .append(link(WebPaths.story(first.storyId(), first.storySlug())))
          .append('\n')
          .append(articles(story, "    "));
    }
    return Optional.of(b.toString());
  }

  private static String articles(List<DigestRepository.NewArticle> found, String indent) {
    StringBuilder b =
        new StringBuilder(indent)
            .append(found.size() == 1 ? "1 new article:\n" : found.size() + " new articles:\n");
    found.stream()
        .limit(MAX_LISTED)
        .forEach(
            a ->
                b.append(indent)
                    .append("- ")
                    .append(
                        a.outlet() == null || a.outlet().isBlank() ? "" : a.outlet().strip() + ": ")
                    .append(a.title().strip())
                    .append('\n'));
    if (found.size() > MAX_LISTED) {
      b.append(indent).append("- and ").append(found.size() - MAX_LISTED).append(" more\n");
    }
    return b.toString();
  }

  private String link(String path) {
    return props.baseUrl().replaceAll("/+$", "") + path;
  }
}
