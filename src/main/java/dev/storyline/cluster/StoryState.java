package dev.storyline.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Running state of one story held by {@link StoryClusterer}: its members, embedding sum, entity
 * counts, evidence and time span. Not thread-safe.
 */
final class StoryState {
  final String id;
  final float[] sum;
  final Map<String, Integer> entities = new HashMap<>();
  final StoryEvidence evidence = new StoryEvidence();
  final List<Member> members = new ArrayList<>();
  Instant first;
  Instant last;
  int articles;
  double epochSecondSum;

  double meanEpochSecond() {
    return articles == 0 ? 0 : epochSecondSum / articles;
  }

  StoryState(String id, int dimension) {
    this.id = id;
    this.sum = new float[dimension];
  }

  void add(Member m) {
    members.add(m);
    Vectors.addInto(sum, m.embedding());
    m.profile().forEach((k, v) -> entities.merge(k, v, Integer::sum));
    evidence.add(m.evidence());
    Instant p = m.published();
    first = first == null || p.isBefore(first) ? p : first;
    last = last == null || p.isAfter(last) ? p : last;
    articles++;
    epochSecondSum += p.getEpochSecond();
  }

  StoryProfile profile() {
    return new StoryProfile(id, sum.clone(), Map.copyOf(entities), first, last, articles);
  }
}
