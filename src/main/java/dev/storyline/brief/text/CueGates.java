package dev.storyline.brief.text;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words one of which must be in a text before a long cue's expression is tried. A cue such as
 * {@link CueSenses#NOT_SINCE} is tried at every word of every sentence, a few microseconds each;
 * put in the one pattern that matches any cue, it made that first test cost more than twice what it
 * did (allsides, 6,459 sentences: 183 ms against 66). A word test costs almost nothing, and most
 * sentences have none of these words.
 */
final class CueGates {
  private static final Map<String, List<String>> WORDS =
      Map.of(
          CueSenses.NOT_SINCE,
          List.of("since", "decade", "years", "generation", "century", "been this"),
          CueSenses.CONSEQUENCE,
          List.of("could ", "would ", "will ", "may ", "might "),
          CueSenses.SHOWS,
          List.of("show", "underscor", "sign that"));

  /**
   * The gated cues' patterns and their words: filled while {@link CueLexicon} initialises (its cue
   * maps are static finals built by {@link #compile}), only read afterwards, so class
   * initialisation publishes it to every thread.
   */
  private static final Map<Pattern, List<String>> GATED = new IdentityHashMap<>();

  private CueGates() {}

  /** The cue as a whole-word pattern, its gate kept when it has one. */
  static Pattern compile(String cue) {
    Pattern p = Pattern.compile("\\b(?:" + cue + ")\\b");
    if (WORDS.containsKey(cue)) {
      GATED.put(p, WORDS.get(cue));
    }
    return p;
  }

  /** One pattern matching any of the cues without a gate. */
  static Pattern any(Set<String> cues) {
    return Pattern.compile(
        "\\b(?:"
            + String.join("|", cues.stream().filter(c -> !WORDS.containsKey(c)).toList())
            + ")\\b");
  }

  /**
   * Whether the cue's gate lets the lower-cased text through: one of its words is in it; for a cue
   * without a gate, {@code ungated}.
   */
  static boolean open(Pattern cue, String lower, boolean ungated) {
    List<String> words = GATED.get(cue);
    return words == null ? ungated : words.stream().anyMatch(lower::contains);
  }
}
