package dev.storyline.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The repair pass's merge rule: a small story whose articles would now join another story. Online
 * assignment decides once, when an article arrives; an article that founded a story because its own
 * story was still too thin to be sure of (one report of three, the other two not yet in) stays
 * apart even after that story has grown. Here each article of a story of at most a few articles is
 * scored again by the story scorer against the stories held now, as if it arrived again with its
 * own story left out; the story goes to the story its articles join with the highest mean
 * probability, when that mean reaches the setting ({@code storyline.repair.rejoin-probability}).
 * The features are those of joining; the threshold is its own, under joining's (0.30 against 0.70):
 * an arriving article joins only when sure, which keeps same-kind events apart, and the rejoin,
 * which sees the grown story, mends the splits that strictness makes. The two were chosen together
 * by the worst set of {@code tools/dev dev.storyline.eval.ClusterProbe CACHE sweep} (README, Story
 * clustering).
 */
final class Rejoins {
  private Rejoins() {}

  /** Story {@code from} would join story {@code into} with mean probability {@code p}. */
  record Rejoin(StoryState from, StoryState into, double p) {}

  /**
   * The rejoin of each story that has one among the small {@code changed} stories and the small
   * stories near any article a changed story took in since the last pass (its value in {@code
   * changed}; a story that grew can now take in a small one nearby that did not change: without
   * these, a pass over every story, as after a restart, finds rejoins the passes after each batch
   * had not).
   */
  static List<Rejoin> find(
      StoryClusterer clusterer,
      Map<String, List<Member>> changed,
      double threshold,
      int maxArticles) {
    // a member's candidates as if it arrived now, its own story left out: searched once a pass
    Map<Member, List<StoryClusterer.Candidate>> near = new IdentityHashMap<>();
    java.util.function.BiFunction<Member, String, List<StoryClusterer.Candidate>> candidates =
        (m, own) ->
            near.computeIfAbsent(
                m, x -> clusterer.candidates(x.embedding(), x.published(), x.evidence(), own));
    Set<String> examined = new LinkedHashSet<>();
    changed.forEach(
        (id, arrived) -> {
          StoryState s = clusterer.story(id);
          if (s == null) {
            return;
          }
          examined.add(id);
          // near what it took in since the last pass (its newest article when nothing)
          for (Member m :
              arrived.isEmpty() ? List.of(s.members.get(s.members.size() - 1)) : arrived) {
            // which stories are near is enough here: the features are for the examined ones only
            for (Map.Entry<String, Double> c : clusterer.near(m.embedding(), m.published(), id)) {
              StoryState close = clusterer.story(c.getKey());
              if (close.articles <= maxArticles) {
                examined.add(close.id);
              }
            }
          }
        });
    List<Rejoin> out = new ArrayList<>();
    for (String id : examined) {
      StoryState from = clusterer.story(id);
      if (from == null || from.articles > maxArticles) {
        continue;
      }
      Map<String, Double> sum = new HashMap<>();
      for (Member m : from.members) {
        for (StoryClusterer.Candidate c : candidates.apply(m, from.id)) {
          sum.merge(c.story().id, clusterer.scorer().probability(c.features()), Double::sum);
        }
      }
      String best = null;
      double bestP = threshold;
      for (Map.Entry<String, Double> e : sum.entrySet()) {
        double p = e.getValue() / from.articles; // a member without this candidate counts 0
        if (p > bestP || (p == bestP && (best == null || e.getKey().compareTo(best) < 0))) {
          bestP = p;
          best = e.getKey();
        }
      }
      StoryState into = best == null ? null : clusterer.story(best);
      if (into != null && !clusterer.keptApart(from, into)) {
        out.add(new Rejoin(from, into, bestP));
      }
    }
    return out;
  }
}
