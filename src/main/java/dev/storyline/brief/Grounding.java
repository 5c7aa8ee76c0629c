package dev.storyline.brief;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lexical grounding check: a sentence is grounded in its sources when every name, number and
 * date word it contains also appears in them. Names are capitalised words (the sentence's first
 * word only when it is not a common sentence opener found lower-cased in the sources); numbers are
 * digit runs with thousands separators removed ("1,200" = "1200"); month and weekday names are
 * capitalised words and so checked as names. Thread-safe, no state.
 */
public final class Grounding {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,-]*");
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

  private Grounding() {}

  /**
   * The names, numbers and date words of a sentence that its sources lack (empty when grounded).
   */
  public static List<String> unsupported(String sentence, List<String> sources) {
    Set<String> words = new HashSet<>();
    Set<String> lower = new HashSet<>();
    Set<String> numbers = new HashSet<>();
    for (String s : sources) {
      for (String w : names(s)) {
        words.add(w);
        lower.add(w.toLowerCase(Locale.ROOT));
      }
      numbers.addAll(numbers(s));
    }
    List<String> missing = new ArrayList<>();
    List<String> own = names(sentence);
    for (int i = 0; i < own.size(); i++) {
      String w = own.get(i);
      boolean capital = Character.isUpperCase(w.codePointAt(0));
      boolean first = i == 0 && startsSentence(sentence, w);
      boolean ok =
          !capital || words.contains(w) || (first && lower.contains(w.toLowerCase(Locale.ROOT)));
      if (!ok) {
        missing.add(w);
      }
    }
    for (String n : numbers(sentence)) {
      if (!numbers.contains(n)) {
        missing.add(n);
      }
    }
    return missing;
  }

  /** True when every name, number and date word of the sentence appears in the sources. */
  public static boolean grounded(String sentence, List<String> sources) {
    return unsupported(sentence, sources).isEmpty();
  }

  private static boolean startsSentence(String sentence, String word) {
    int at = sentence.indexOf(word);
    return at >= 0 && sentence.substring(0, at).chars().noneMatch(Character::isLetterOrDigit);
  }

  /** Word tokens without trailing punctuation and possessive endings. */
  private static List<String> names(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().replaceAll("[.,'’-]+$", "").replaceAll("['’]s$", "");
      if (!w.isEmpty() && Character.isLetter(w.codePointAt(0))) {
        out.add(w);
      }
    }
    return out;
  }

  private static List<String> numbers(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(m.group().replace(",", "").replaceAll("\\.$", ""));
    }
    return out;
  }
}
