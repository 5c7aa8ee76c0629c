package dev.storyline.discussion;

import dev.storyline.account.Mailer;
import dev.storyline.account.ReaderPrincipal;
import dev.storyline.store.StoryQueries;
import dev.storyline.store.Topics;
import dev.storyline.web.WebPaths;
import dev.storyline.web.error.BadRequestException;
import dev.storyline.web.error.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Following and unfollowing stories and storylines, the reader's list of followed items, and the
 * daily e-mail digest setting.
 */
@Controller
class FollowController {
  private final FollowRepository follows;
  private final StoryQueries stories;
  private final DigestRepository digests;
  private final Mailer mailer;
  private final Clock clock;

  FollowController(
      FollowRepository follows,
      StoryQueries stories,
      DigestRepository digests,
      Mailer mailer,
      Clock clock) {
    this.follows = follows;
    this.stories = stories;
    this.digests = digests;
    this.mailer = mailer;
    this.clock = clock;
  }

  /** One followed item as listed on the reader's page. */
  public record FollowedItem(String kind, String id, String title, String url, String feed) {}

  @PostMapping("/follow")
  String follow(
      @AuthenticationPrincipal ReaderPrincipal reader,
      @RequestParam String kind,
      @RequestParam String id,
      @RequestParam(defaultValue = "follow") String action) {
    FollowRepository.Kind k = kind(kind);
    String back = page(k, id);
    if (action.equals("unfollow")) {
      follows.unfollow(reader.accountId(), k, id);
    } else {
      follows.follow(reader.accountId(), k, id);
    }
    return "redirect:" + back + (k == FollowRepository.Kind.STORY ? "#discussion" : "");
  }

  @GetMapping("/account/following")
  String following(@AuthenticationPrincipal ReaderPrincipal reader, Model model) {
    List<FollowedItem> items =
        follows.of(reader.accountId()).stream()
            .map(this::item)
            .filter(java.util.Objects::nonNull)
            .toList();
    model.addAttribute("items", items);
    model.addAttribute("digest", digests.enabled(reader.accountId()));
    model.addAttribute("smtp", mailer.smtp());
    return "account/following";
  }

  /** Turns the daily e-mail digest on (checkbox ticked) or off (checkbox absent). */
  @PostMapping("/account/digest")
  String digest(
      @AuthenticationPrincipal ReaderPrincipal reader,
      @RequestParam(defaultValue = "false") boolean digest) {
    digests.set(reader.accountId(), digest, clock.instant());
    return "redirect:/account/following?digest=" + (digest ? "on" : "off");
  }

  private FollowedItem item(FollowRepository.Followed f) {
    if (f.kind() == FollowRepository.Kind.TOPIC) {
      return new FollowedItem(
          "Topic",
          f.itemId(),
          Topics.name(f.itemId()),
          "/topics/" + f.itemId(),
          "/topics/" + f.itemId() + "/feed.atom");
    }
    if (f.kind() == FollowRepository.Kind.STORY) {
      return stories
          .story(f.itemId())
          .map(
              d ->
                  new FollowedItem(
                      "Story",
                      f.itemId(),
                      d.card().headline(),
                      WebPaths.story(d.card()),
                      WebPaths.story(f.itemId(), null) + "/feed.atom"))
          .orElse(null);
    }
    return stories
        .storyline(f.itemId())
        .map(
            s ->
                new FollowedItem(
                    "Storyline",
                    f.itemId(),
                    s.title(),
                    WebPaths.storyline(f.itemId()),
                    WebPaths.storyline(f.itemId()) + "/feed.atom"))
        .orElse(null);
  }

  private String page(FollowRepository.Kind kind, String id) {
    return switch (kind) {
      case STORY ->
          stories
              .story(id)
              .map(d -> WebPaths.story(d.card()))
              .orElseThrow(() -> new NotFoundException("story", id));
      case STORYLINE ->
          stories
              .storyline(id)
              .map(s -> WebPaths.storyline(id))
              .orElseThrow(() -> new NotFoundException("storyline", id));
      case TOPIC -> {
        try {
          yield "/topics/" + Topics.slug(id);
        } catch (IllegalArgumentException e) {
          throw new NotFoundException("topic", id);
        }
      }
    };
  }

  private static FollowRepository.Kind kind(String kind) {
    try {
      return FollowRepository.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("kind must be story, storyline or topic");
    }
  }
}
