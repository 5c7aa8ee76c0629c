package dev.storyline.web.page;

import dev.storyline.store.PageVersions;
import dev.storyline.store.StoryCard;
import dev.storyline.store.StoryLists;
import dev.storyline.store.TopicRepository;
import dev.storyline.store.Topics;
import dev.storyline.web.cache.PageScopes;
import dev.storyline.web.error.NotFoundException;
import dev.storyline.web.feed.StoryListFeed;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Topics: the list of topics ({@code /topics}), one topic's stories loudest first ({@code
 * /topics/{slug}}) and its Atom feed. A story's topics are those the operator gave its outlets, or,
 * where its outlets carry none, those of the documented text method (brief/TextTopics).
 */
@Controller
class TopicPageController {
  static final int STORIES = 60;
  static final int FEED = 50;

  private final TopicRepository topics;
  private final StoryLists lists;
  private final CardLens lens;
  private final Clock clock;

  TopicPageController(TopicRepository topics, StoryLists lists, CardLens lens, Clock clock) {
    this.topics = topics;
    this.lists = lists;
    this.lens = lens;
    this.clock = clock;
  }

  @GetMapping("/topics")
  String topics(Model model) {
    PageScopes.depend(PageVersions.LISTS, PageVersions.OUTLETS);
    model.addAttribute("topics", topics.topics());
    return "topics";
  }

  @GetMapping("/topics/{slug}")
  String topic(@PathVariable String slug, Model model) {
    String topic = known(slug);
    PageScopes.depend(PageVersions.LISTS, PageVersions.OUTLETS);
    List<StoryCard> recent = lists.topic(topic, STORIES);
    if (recent.isEmpty()) {
      throw new NotFoundException("topic", slug);
    }
    List<StoryCard> loudest =
        recent.stream()
            .sorted(
                Comparator.comparingInt((StoryCard c) -> c.noise() == null ? 0 : -c.noise().score())
                    .thenComparing(c -> -c.articles())
                    .thenComparing(StoryCard::id))
            .toList();
    model.addAttribute("topic", TopicLink.of(topic));
    model.addAttribute("cards", lens.of(loudest).cards(loudest));
    return "topic";
  }

  @GetMapping("/topics/{slug}/feed.atom")
  ResponseEntity<String> feed(@PathVariable String slug) {
    String topic = known(slug);
    PageScopes.depend(PageVersions.LISTS, PageVersions.OUTLETS);
    List<StoryCard> stories = lists.topic(topic, FEED);
    if (stories.isEmpty()) {
      throw new NotFoundException("topic", slug);
    }
    return StoryListFeed.of(
        "Storyline: " + Topics.name(topic),
        "/topics/" + topic + "/feed.atom",
        "/topics/" + topic,
        stories,
        clock.instant());
  }

  private static String known(String slug) {
    try {
      String s = Topics.slug(slug);
      if (!s.equals(slug)) {
        throw new NotFoundException("topic", slug);
      }
      return s;
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("topic", slug);
    }
  }
}
