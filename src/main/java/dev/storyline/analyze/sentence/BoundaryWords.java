package dev.storyline.analyze.sentence;

import java.util.Set;

/** Word lists {@link BoundaryRepair} reads after an abbreviation's period, in lower case. */
final class BoundaryWords {

  /** Words after "a.m." or "p.m." that continue the sentence ("9 a.m. Monday", "5 p.m. GMT"). */
  static final Set<String> TIME_FOLLOWERS = timeFollowers();

  /**
   * Capitalised words that an initialism names the owner of ("U.S. President Barack Obama", "U.N.
   * Security Council", "U.K. Foreign Secretary"): after "U.S." and its like they continue the
   * sentence, while a sentence that ends in "the U.S." rarely starts again with one of them.
   */
  static final Set<String> OWNED_BY_INITIALISM =
      Set.of(
          "president",
          "vice",
          "secretary",
          "ambassador",
          "envoy",
          "embassy",
          "senator",
          "senate",
          "congress",
          "congressman",
          "congresswoman",
          "house",
          "representative",
          "supreme",
          "district",
          "attorney",
          "department",
          "treasury",
          "army",
          "navy",
          "marine",
          "marines",
          "air",
          "coast",
          "special",
          "security",
          "general",
          "prime",
          "foreign",
          "defense",
          "defence",
          "federal",
          "geological",
          "agency",
          "court",
          "judge",
          "commander",
          "secretary-general",
          "chief",
          "central",
          "trade",
          "energy",
          "interior",
          "justice",
          "state",
          "intelligence");

  private BoundaryWords() {}

  private static Set<String> timeFollowers() {
    Set<String> words = new java.util.HashSet<>();
    words.addAll(
        Set.of(
            "today",
            "tonight",
            "tomorrow",
            "yesterday",
            "et",
            "gmt",
            "utc",
            "bst",
            "cet",
            "local"));
    for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
      words.add(d.name().toLowerCase(java.util.Locale.ROOT));
    }
    for (java.time.Month m : java.time.Month.values()) {
      words.add(m.name().toLowerCase(java.util.Locale.ROOT));
    }
    return Set.copyOf(words);
  }
}
