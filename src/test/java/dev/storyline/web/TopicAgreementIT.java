package dev.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.store.TopicRepository;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How often the text method for topics (brief/TextTopics) agrees with the topics the operator gave
 * the outlets, on the sample corpus (its outlet file gives Brightwater Business Review "business"
 * and Signal &amp; Circuit "technology" and "science"). Both are stored for every story, so the
 * figures come from the stories that carry operator topics. Prints the figures the README quotes.
 */
class TopicAgreementIT extends SampleSite {
  @Autowired TopicRepository topics;

  @Test
  void theTextMethodAgreesWithTheOperatorOnMostSampleStories() {
    List<TopicRepository.Both> both = topics.withOutletTopics();
    int agree = 0;
    int none = 0;
    int exact = 0;
    int textTopics = 0;
    int textRight = 0;
    for (TopicRepository.Both b : both) {
      Set<String> shared = new java.util.HashSet<>(b.text());
      shared.retainAll(b.outlet());
      agree += shared.isEmpty() ? 0 : 1;
      none += b.text().isEmpty() ? 1 : 0;
      exact += b.text().equals(b.outlet()) ? 1 : 0;
      textTopics += b.text().size();
      textRight += shared.size();
    }
    System.out.printf(
        "[topic-agreement] %d sample stories carry operator topics; the text method shares at least"
            + " one with the operator on %d (%.0f%%), gives exactly the same set on %d, gives none on"
            + " %d; %d of its %d topics are the operator's (precision %.2f)%n",
        both.size(),
        agree,
        100.0 * agree / both.size(),
        exact,
        none,
        textRight,
        textTopics,
        textTopics == 0 ? 0 : textRight / (double) textTopics);
    assertThat(both).hasSizeGreaterThan(10);
    assertThat(agree)
        .as("agreement floor (measured, see README)")
        .isGreaterThanOrEqualTo(FLOOR * both.size() / 100);
  }

  /** Percent of stories; the measured figure is in the README. */
  static final int FLOOR = 50;
}
