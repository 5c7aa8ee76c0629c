package dev.storyline.analyze.time;

import java.util.Locale;
import java.util.Set;

/**
 * Cheap facts about a sentence that a rule's regular expression cannot match without, found in one
 * pass. Each rule names the facts it needs ({@link Rule#needs}); a rule whose facts are missing
 * cannot match, so skipping it changes no result. Most news sentences hold no month name and no
 * four-digit number, and the month and year rules are the costly ones.
 *
 * @param month a capitalised month name or abbreviation may start here ("Jan", "Sep", "May"...)
 * @param digit an ASCII digit
 * @param fourDigits four ASCII digits in a row
 * @param lower the sentence in lower case, for the case-insensitive word rules
 * @param sentence the sentence as written
 */
record SentenceFacts(
    boolean month, boolean digit, boolean fourDigits, String lower, String sentence) {

  /** First three letters of every month name and abbreviation in {@link DateLexicon#MONTH}. */
  private static final Set<String> MONTH_PREFIXES =
      Set.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

  static SentenceFacts of(String sentence) {
    boolean month = false;
    boolean digit = false;
    int run = 0;
    int longestRun = 0;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
        longestRun = Math.max(longestRun, ++run);
        continue;
      }
      run = 0;
      if (!month && c >= 'A' && c <= 'Z' && i + 3 <= sentence.length()) {
        month = MONTH_PREFIXES.contains(sentence.substring(i, i + 3));
      }
    }
    return new SentenceFacts(
        month, digit, longestRun >= 4, sentence.toLowerCase(Locale.ROOT), sentence);
  }

  /** A capitalised weekday name may occur (they all end in "day"). */
  boolean weekday() {
    return sentence.contains("day");
  }

  /** The lower-case sentence contains one of {@code words}. */
  boolean anyWord(String... words) {
    for (String w : words) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
