package dev.storyline.web.page;

import dev.storyline.store.Coverage;
import dev.storyline.store.Outlet;
import dev.storyline.store.OutletRepository;
import dev.storyline.store.StoryCard;
import dev.storyline.store.TopicRepository;
import dev.storyline.web.CoverageProperties;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Adds what the operator says about outlets to story cards: each card's coverage balance and its
 * topics. A page reads the outlets once and the topics of all its cards in one query (never one
 * query per card). Thread-safe.
 */
@Component
public class CardLens {
  private final OutletRepository outlets;
  private final TopicRepository topics;
  private final CoverageProperties props;

  CardLens(OutletRepository outlets, TopicRepository topics, CoverageProperties props) {
    this.outlets = outlets;
    this.topics = topics;
    this.props = props;
  }

  /** What one page needs to dress its cards. Not thread-safe; one per request. */
  public final class Lens {
    private final Map<String, Outlet> described;
    private final Map<String, List<String>> topicsOf;

    private Lens(Map<String, Outlet> described, Map<String, List<String>> topicsOf) {
      this.described = described;
      this.topicsOf = topicsOf;
    }

    /** The coverage of a story's outlets. */
    public Coverage coverage(StoryCard card) {
      return Coverage.of(card.outlets(), described, props.rule());
    }

    CoverageView balance(StoryCard card) {
      return CoverageView.of(coverage(card), props);
    }

    List<TopicLink> topics(String storyId) {
      return topicsOf.getOrDefault(storyId, List.of()).stream().map(TopicLink::of).toList();
    }

    CardView card(StoryCard card) {
      return CardView.of(card).with(balance(card), topics(card.id()));
    }

    List<CardView> cards(List<StoryCard> cards) {
      return cards.stream().map(this::card).toList();
    }

    Map<String, Outlet> described() {
      return described;
    }
  }

  /** A lens for the given stories (their topics read in one query). */
  public Lens of(Collection<StoryCard> cards) {
    return new Lens(outlets.all(), topics.topicsOf(cards.stream().map(StoryCard::id).toList()));
  }

  /** The settings (labels, rule). */
  public CoverageProperties settings() {
    return props;
  }
}
