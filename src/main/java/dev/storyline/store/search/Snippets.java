package dev.storyline.store.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a passage of about {@link #WIDTH} characters around the first query term and marks terms.
 */
final class Snippets {
  static final int WIDTH = 220;

  private Snippets() {}

  static List<SearchHit.Piece> of(String text, Set<String> words) {
    String lower = text.toLowerCase(Locale.ROOT);
    int first = -1;
    for (String w : words) {
      int at = indexOfWord(lower, w, 0);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    int start = Math.max(0, first < 0 ? 0 : first - WIDTH / 3);
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    int end = Math.min(text.length(), start + WIDTH);
    String passage =
        (start > 0 ? "… " : "") + text.substring(start, end) + (end < text.length() ? " …" : "");
    return mark(passage, words);
  }

  private static List<SearchHit.Piece> mark(String passage, Set<String> words) {
    List<SearchHit.Piece> pieces = new ArrayList<>();
    String lower = passage.toLowerCase(Locale.ROOT);
    int pos = 0;
    while (pos < passage.length()) {
      int next = -1;
      String found = null;
      for (String w : words) {
        int at = indexOfWord(lower, w, pos);
        if (at >= 0 && (next < 0 || at < next)) {
          next = at;
          found = w;
        }
      }
      if (next < 0) {
        pieces.add(new SearchHit.Piece(passage.substring(pos), false));
        break;
      }
      int wordEnd = next + found.length();
      while (wordEnd < passage.length() && Character.isLetterOrDigit(passage.charAt(wordEnd))) {
        wordEnd++; // the whole word: "strikes" for the stem "strike"
      }
      if (next > pos) {
        pieces.add(new SearchHit.Piece(passage.substring(pos, next), false));
      }
      pieces.add(new SearchHit.Piece(passage.substring(next, wordEnd), true));
      pos = wordEnd;
    }
    return pieces;
  }

  /**
   * Index of {@code word} at the start of a word in {@code text}, from {@code from}; -1 if none.
   */
  static int indexOfWord(String text, String word, int from) {
    int at = text.indexOf(word, from);
    while (at >= 0 && at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
      at = text.indexOf(word, at + 1);
    }
    return at;
  }
}
