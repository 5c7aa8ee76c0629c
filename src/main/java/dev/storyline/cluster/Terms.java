package dev.storyline.cluster;

import dev.storyline.words.English;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits text into content words (lower case, crude plural folding, no {@link English} stop words)
 * and numbers. The folding is not {@link English#stem}: the story scorer's weights were fitted on
 * these words, and stemming them lost a sample storyline (docs/architecture.md).
 */
final class Terms {
  private Terms() {}

  /** Words with counts, and the distinct numbers. */
  record Split(Map<String, Integer> words, Set<String> numbers) {}

  /** Numbers as keys that cannot collide with words in a shared document-frequency table. */
  static Set<String> numberKeys(Set<String> numbers) {
    Set<String> out = new HashSet<>();
    numbers.forEach(n -> out.add("#" + n));
    return out;
  }

  static Split split(String text) {
    Map<String, Integer> words = new HashMap<>();
    Set<String> numbers = new HashSet<>();
    StringBuilder token = new StringBuilder();
    String s = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      boolean numberGlue =
          (c == '.' || c == ',')
              && token.length() > 0
              && isDigits(token)
              && i + 1 < s.length()
              && Character.isDigit(s.charAt(i + 1));
      if (Character.isLetterOrDigit(c) || numberGlue) {
        if (c != ',') {
          token.append(c);
        }
        continue;
      }
      add(token.toString(), words, numbers);
      token.setLength(0);
    }
    return new Split(words, numbers);
  }

  /**
   * Each content word key of {@link #split} to the first word of the text it came from (the key
   * folds plurals: "duties" is kept as "dutie", shown as "duties").
   */
  static Map<String, String> surfaces(String text) {
    Map<String, String> out = new HashMap<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
      Map<String, Integer> one = new HashMap<>();
      add(w, one, new HashSet<>());
      one.keySet().forEach(k -> out.putIfAbsent(k, w));
    }
    return out;
  }

  private static boolean isDigits(CharSequence t) {
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isDigit(t.charAt(i)) && t.charAt(i) != '.') {
        return false;
      }
    }
    return true;
  }

  private static void add(String t, Map<String, Integer> words, Set<String> numbers) {
    if (t.isEmpty()) {
      return;
    }
    if (Character.isDigit(t.charAt(0))) {
      if (isDigits(t)) {
        numbers.add(t);
      }
      return;
    }
    if (t.length() < 3 || English.isStopWord(t)) {
      return;
    }
    if (t.length() > 4 && t.endsWith("s") && !t.endsWith("ss")) {
      t = t.substring(0, t.length() - 1);
    }
    words.merge(t, 1, Integer::sum);
  }
}
