package dev.storyline.store;

import dev.storyline.domain.Brief;
import java.util.List;
import java.util.Map;

/**
 * A story page's data.
 *
 * @param card the story's card
 * @param brief the stored brief (all sections)
 * @param storyline the storyline the story belongs to
 * @param sentences source sentences cited by the brief: "articleId#index" to the sentence text
 *     (index -1 is the title), so that a page can show what each line is grounded in
 */
public record StoryDetail(
    StoryCard card, Brief brief, StorylineCard storyline, Map<String, String> sentences) {

  /** The model attribute under which a story page's controller leaves the detail it read. */
  public static final String MODEL_KEY = "storyDetail";

  public StoryDetail {
    sentences = Map.copyOf(sentences);
  }

  /** Key of {@link #sentences()} for a reference. */
  public static String key(String articleId, int sentence) {
    return articleId + "#" + sentence;
  }

  /** Convenience: the other stories of the storyline, oldest first. */
  public List<StoryCard> siblings() {
    return storyline.stories().stream().filter(s -> !s.id().equals(card.id())).toList();
  }
}
