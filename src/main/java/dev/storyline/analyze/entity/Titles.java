package dev.storyline.analyze.entity;

import java.util.List;

/**
 * Finds leading titles in a name ("Ms.", "President", "Chief Executive", "Attorney General").
 * Modifier words ("Prime", "Chief", "Foreign") count only when a title word follows them, so
 * "General Motors" and "Supreme Court" keep their first word.
 */
final class Titles {

  private Titles() {}

  /**
   * Index of the first token after the leading titles of {@code tokens[first..last]}; {@code first}
   * when there are none, {@code last + 1} when the run is titles only. A title followed by a
   * connector ("Minister for Ports") or by a name with an organisation or place word ("Justice
   * Department") is not treated as a title.
   */
  static int nameStart(List<Token> tokens, int first, int last) {
    int titleEnd = first;
    for (int p = first; p <= last; p++) {
      Token t = tokens.get(p);
      if (isTitleWord(tokens, first, p)) {
        titleEnd = p + 1;
        if (t.possessiveLength() > 0) {
          break;
        }
      } else if (!EntityLexicon.TITLE_MODIFIERS.contains(t.nameNorm())) {
        break;
      }
    }
    if (titleEnd == first || titleEnd > last) {
      return titleEnd;
    }
    if (!tokens.get(titleEnd).isCapitalised() || hasOrgOrPlaceWord(tokens, titleEnd, last)) {
      return first;
    }
    return titleEnd;
  }

  /** A title word directly before {@code first}, in any case ("chief executive Ana Ruiz"). */
  static boolean titleBefore(List<Token> tokens, int first) {
    return first > 0 && EntityLexicon.TITLES.contains(tokens.get(first - 1).norm());
  }

  private static boolean isTitleWord(List<Token> tokens, int first, int p) {
    String word = tokens.get(p).nameNorm();
    if (EntityLexicon.TITLES.contains(word)) {
      return true;
    }
    return word.equals("general")
        && p > first
        && EntityLexicon.BEFORE_GENERAL.contains(tokens.get(p - 1).nameNorm());
  }

  private static boolean hasOrgOrPlaceWord(List<Token> tokens, int from, int to) {
    for (int i = from; i <= to; i++) {
      String word = tokens.get(i).nameNorm();
      if (EntityLexicon.ORG_WORDS.contains(word) || EntityLexicon.PLACE_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
