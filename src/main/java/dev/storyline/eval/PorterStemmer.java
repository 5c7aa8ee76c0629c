package dev.storyline.eval;

/**
 * The Porter (1980) suffix-stripping stemmer for lower-case English words, as ROUGE-1.5.5's {@code
 * -m} option applies it: steps 1a, 1b, 1c, 2, 3, 4, 5a and 5b of "An algorithm for suffix
 * stripping". Words of one or two letters are returned unchanged. Thread-safe (no state).
 */
final class PorterStemmer {
  private PorterStemmer() {}

  /** The stem of a lower-case word. */
  static String stem(String word) {
    if (word.length() <= 2 || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return word;
    }
    StringBuilder w = new StringBuilder(word);
    step1a(w);
    step1b(w);
    step1c(w);
    step2(w);
    step3(w);
    step4(w);
    step5(w);
    return w.toString();
  }

  private static boolean consonant(CharSequence w, int i) {
    char c = w.charAt(i);
    if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
      return false;
    }
    if (c == 'y') {
      return i == 0 || !consonant(w, i - 1);
    }
    return true;
  }

  /** The measure m of w[0..end): the number of VC sequences. */
  static int measure(CharSequence w, int end) {
    int m = 0;
    int i = 0;
    while (i < end && consonant(w, i)) {
      i++;
    }
    while (i < end) {
      while (i < end && !consonant(w, i)) {
        i++;
      }
      if (i >= end) {
        break;
      }
      while (i < end && consonant(w, i)) {
        i++;
      }
      m++;
    }
    return m;
  }

  private static boolean hasVowel(CharSequence w, int end) {
    for (int i = 0; i < end; i++) {
      if (!consonant(w, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean doubleConsonant(CharSequence w, int end) {
    return end >= 2 && w.charAt(end - 1) == w.charAt(end - 2) && consonant(w, end - 1);
  }

  /** *o: the stem ends cvc where the last c is not w, x or y. */
  private static boolean cvc(CharSequence w, int end) {
    if (end < 3 || !consonant(w, end - 1) || consonant(w, end - 2) || !consonant(w, end - 3)) {
      return false;
    }
    char c = w.charAt(end - 1);
    return c != 'w' && c != 'x' && c != 'y';
  }

  private static boolean ends(StringBuilder w, String s) {
    return w.length() >= s.length() && w.substring(w.length() - s.length()).equals(s);
  }

  /** Replaces suffix s by r when the stem before s has measure > minM. */
  private static boolean replace(StringBuilder w, String s, String r, int minM) {
    if (!ends(w, s)) {
      return false;
    }
    int stem = w.length() - s.length();
    if (measure(w, stem) > minM) {
      w.setLength(stem);
      w.append(r);
    }
    return true;
  }

  private static void step1a(StringBuilder w) {
    if (ends(w, "sses") || ends(w, "ies")) {
      w.setLength(w.length() - 2);
    } else if (ends(w, "ss")) {
      return;
    } else if (ends(w, "s")) {
      w.setLength(w.length() - 1);
    }
  }

  private static void step1b(StringBuilder w) {
    if (ends(w, "eed")) {
      if (measure(w, w.length() - 3) > 0) {
        w.setLength(w.length() - 1);
      }
      return;
    }
    int cut = ends(w, "ed") ? 2 : ends(w, "ing") ? 3 : 0;
    if (cut == 0 || !hasVowel(w, w.length() - cut)) {
      return;
    }
    w.setLength(w.length() - cut);
    if (ends(w, "at") || ends(w, "bl") || ends(w, "iz")) {
      w.append('e');
    } else if (doubleConsonant(w, w.length())) {
      char c = w.charAt(w.length() - 1);
      if (c != 'l' && c != 's' && c != 'z') {
        w.setLength(w.length() - 1);
      }
    } else if (measure(w, w.length()) == 1 && cvc(w, w.length())) {
      w.append('e');
    }
  }

  private static void step1c(StringBuilder w) {
    if (ends(w, "y") && hasVowel(w, w.length() - 1)) {
      w.setCharAt(w.length() - 1, 'i');
    }
  }

  private static final String[][] STEP2 = {
    {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
    {"abli", "able"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
    {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
    {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"}
  };

  private static final String[][] STEP3 = {
    {"icate", "ic"},
    {"ative", ""},
    {"alize", "al"},
    {"iciti", "ic"},
    {"ical", "ic"},
    {"ful", ""},
    {"ness", ""}
  };

  private static final String[] STEP4 = {
    "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
    "ism", "ate", "iti", "ous", "ive", "ize"
  };

  private static void step2(StringBuilder w) {
    for (String[] r : STEP2) {
      if (replace(w, r[0], r[1], 0)) {
        return;
      }
    }
  }

  private static void step3(StringBuilder w) {
    for (String[] r : STEP3) {
      if (replace(w, r[0], r[1], 0)) {
        return;
      }
    }
  }

  private static void step4(StringBuilder w) {
    // longest match first: "ement" before "ment" before "ent"
    for (String s : STEP4) {
      if (!ends(w, s)) {
        continue;
      }
      int stem = w.length() - s.length();
      if (s.equals("ent") && (ends(w, "ement") || ends(w, "ment"))) {
        continue;
      }
      if (s.equals("ion")
          && !(stem > 0 && (w.charAt(stem - 1) == 's' || w.charAt(stem - 1) == 't'))) {
        return;
      }
      if (measure(w, stem) > 1) {
        w.setLength(stem);
      }
      return;
    }
  }

  private static void step5(StringBuilder w) {
    if (ends(w, "e")) {
      int stem = w.length() - 1;
      int m = measure(w, stem);
      if (m > 1 || (m == 1 && !cvc(w, stem))) {
        w.setLength(stem);
      }
    }
    if (measure(w, w.length()) > 1 && doubleConsonant(w, w.length()) && ends(w, "l")) {
      w.setLength(w.length() - 1);
    }
  }
}
