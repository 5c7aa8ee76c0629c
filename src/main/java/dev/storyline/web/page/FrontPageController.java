package dev.storyline.web.page;

import dev.storyline.store.PageVersions;
import dev.storyline.store.StoryCard;
import dev.storyline.store.StoryLists;
import dev.storyline.store.StoryQueries;
import dev.storyline.store.TopicRepository;
import dev.storyline.web.cache.PageScopes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The front page: the latest day's stories, loudest first, a list of more recent stories, and "On
 * this day": stories from the same date (the latest day's) in earlier years. {@code ?topic=slug}
 * keeps only that topic's stories.
 */
@Controller
class FrontPageController {

  static final int RECENT = 20;
  static final int ON_THIS_DAY = 6;

  private final StoryQueries queries;
  private final StoryLists lists;
  private final TopicRepository topics;
  private final CardLens lens;

  FrontPageController(
      StoryQueries queries, StoryLists lists, TopicRepository topics, CardLens lens) {
    this.queries = queries;
    this.lists = lists;
    this.topics = topics;
    this.lens = lens;
  }

  @GetMapping("/")
  String front(@RequestParam(name = "topic", required = false) String asked, Model model) {
    PageScopes.depend(PageVersions.LISTS, PageVersions.OUTLETS);
    String topic = slugOrNull(asked);
    List<StoryCard> today = queries.frontPage();
    List<StoryCard> recent =
        topic == null || topic.isBlank()
            ? queries.recentStories(RECENT)
            : lists.topic(topic, RECENT);
    java.util.Map<java.time.LocalDate, List<StoryCard>> byYear =
        lists.newestDay().map(lists::onThisDay).orElse(java.util.Map.of());
    List<StoryCard> earlier = new ArrayList<>();
    java.util.Map<String, String> dayOf = new java.util.HashMap<>();
    byYear.forEach(
        (day, stories) ->
            stories.forEach(
                s -> {
                  if (earlier.size() < ON_THIS_DAY && !dayOf.containsKey(s.id())) {
                    earlier.add(s);
                    dayOf.put(s.id(), day.toString());
                  }
                }));
    List<StoryCard> all = new ArrayList<>(today);
    all.addAll(recent);
    all.addAll(earlier);
    CardLens.Lens l = lens.of(all);
    List<CardView> cards = l.cards(today);
    if (topic != null && !topic.isBlank()) {
      cards = cards.stream().filter(c -> has(c, topic)).toList();
    }
    Set<String> shown = cards.stream().map(CardView::id).collect(Collectors.toSet());
    List<CardView> more = l.cards(recent).stream().filter(c -> !shown.contains(c.id())).toList();
    model.addAttribute("cards", cards);
    model.addAttribute("more", more);
    model.addAttribute(
        "onThisDay",
        l.cards(earlier).stream()
            .map(c -> new OnThisDay(c, dayOf.get(c.id()), dayOf.get(c.id()).substring(0, 4)))
            .toList());
    model.addAttribute("topics", topics.topics());
    model.addAttribute("topic", topic == null || topic.isBlank() ? null : TopicLink.of(topic));
    model.addAttribute("articleCount", queries.articleCount());
    return "front";
  }

  /** A story of the "On this day" strip, with the archive day it belongs to and its year. */
  record OnThisDay(CardView card, String day, String year) {}

  private static String slugOrNull(String topic) {
    try {
      return topic == null || topic.isBlank() ? null : dev.storyline.store.Topics.slug(topic);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean has(CardView card, String topic) {
    return card.topics().stream().anyMatch(t -> t.slug().equals(topic));
  }
}
