package dev.storyline.brief.section;

import dev.storyline.brief.actor.Actors;
import dev.storyline.brief.actor.Affiliation;
import dev.storyline.brief.text.StorySentence;
import dev.storyline.domain.EntityMention;
import java.util.List;

/**
 * Whom the critics of a story blame, for {@link SidesWriter}: the one the story is about stands
 * with the defenders only when a critic's line names it or it answers a charge itself.
 */
final class SideDispute {
  private SideDispute() {}

  /**
   * True when the one the story is about ({@code main}) is blamed: a critic's line names it, or it
   * speaks against something itself (answering a charge), among the critics or a party's.
   */
  static boolean blamed(
      List<ActorStance> against,
      java.util.Collection<List<ActorStance>> parties,
      String main,
      Actors actors) {
    if (main == null) {
      return false;
    }
    List<ActorStance> critics = new java.util.ArrayList<>(against);
    parties.forEach(p -> p.stream().filter(a -> a.total() < 0).forEach(critics::add));
    // its own words against naming nobody else answer a charge ("the attacks were unfair"); naming
    // someone else ("Todd Akin's comments were wrong") they blame that one
    return critics.stream()
            .anyMatch(a -> a.best().key().equals(main) && !namesAnother(a.best(), actors))
        || named(critics, main, actors);
  }

  /** True when the line names a person or organisation other than its speaker. */
  private static boolean namesAnother(SidesWriter.Found f, Actors actors) {
    return !others(f, actors).isEmpty();
  }

  /** True when a line of {@code critics} names {@code key} (whatever its kind). */
  private static boolean named(List<ActorStance> critics, String key, Actors actors) {
    return critics.stream()
        .flatMap(a -> a.all().stream())
        .anyMatch(f -> names(f, actors).contains(key));
  }

  /** The actor the critics name most often (twice at least, not their own principal), or null. */
  static String target(List<ActorStance> critics, Actors actors, Affiliation affiliation) {
    java.util.Map<String, Integer> named = new java.util.HashMap<>();
    for (ActorStance a : critics) {
      for (SidesWriter.Found f : a.all()) {
        String principal = affiliation.principal(f.origin());
        others(f, actors).stream()
            .filter(key -> !key.equals(principal))
            .forEach(key -> named.merge(key, 1, Integer::sum));
      }
    }
    return named.entrySet().stream()
        .filter(e -> e.getValue() >= 2)
        .max(java.util.Map.Entry.comparingByValue())
        .map(java.util.Map.Entry::getKey)
        .orElse(null);
  }

  /**
   * The people and organisations a line names, other than its speaker and outlets, by their keys in
   * the story, one entry a mention.
   */
  private static List<String> others(SidesWriter.Found f, Actors actors) {
    return names(f, actors).stream()
        .filter(
            key -> {
              Actors.Info info = actors.info(key);
              return info != null
                  && (info.typed() == dev.storyline.domain.EntityKind.PERSON
                      || info.typed() == dev.storyline.domain.EntityKind.ORGANIZATION)
                  && !actors.isOutlet(key);
            })
        .toList();
  }

  /** The keys in the story of every name the line gives, but its speaker's; one a mention. */
  private static List<String> names(SidesWriter.Found f, Actors actors) {
    StorySentence s = f.sent();
    List<String> out = new java.util.ArrayList<>();
    for (EntityMention m : s.sentence().entities()) {
      String key = actors.resolve(s.article().id(), s.index(), m);
      if (!key.equals(f.key())) {
        out.add(key);
      }
    }
    return out;
  }
}
