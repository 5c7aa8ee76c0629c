package dev.storyline.cluster;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The union of its articles' {@link ArticleEvidence} that a story keeps for scoring. */
final class StoryEvidence {
  final Map<String, Integer> leadEntities = new HashMap<>();
  final Map<String, Integer> leadTerms = new HashMap<>();
  final Set<String> titleTerms = new HashSet<>();
  final Set<String> numbers = new HashSet<>();
  final Set<LocalDate> days = new HashSet<>();

  void add(ArticleEvidence a) {
    a.leadEntities().forEach((k, v) -> leadEntities.merge(k, v, Integer::sum));
    a.leadTerms().forEach((k, v) -> leadTerms.merge(k, v, Integer::sum));
    titleTerms.addAll(a.titleTerms());
    numbers.addAll(a.numbers());
    days.addAll(a.days());
  }
}
