package dev.storyline.eval;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BASIL labels many quotes with a party group as speaker ("Democratic_Lawmakers",
 * "House_Republicans"); a page naming one lawmaker cannot match such a label word for word. The
 * shown actor counts as one of the group when the article itself states the actor's party next to
 * the surname: a party tag ("D-Calif.", "R-Ohio") or the party word within a few words of it.
 */
final class PartyGroups {
  private static final Pattern DEM = Pattern.compile("\\bD-\\p{Lu}|\\bDemocrat(?:ic|s)?\\b");
  private static final Pattern REP = Pattern.compile("\\bR-\\p{Lu}|\\bRepublicans?\\b|\\bGOP\\b");
  private static final int WINDOW = 40;

  private PartyGroups() {}

  /**
   * True when {@code label} names a party group and {@code text} gives {@code shown} that party.
   */
  static boolean member(String shown, String label, String text) {
    String l = label.toLowerCase(Locale.ROOT);
    Pattern party = l.contains("democrat") ? DEM : l.contains("republican") ? REP : null;
    String[] words = shown.strip().split("\\s+");
    String surname = words[words.length - 1].replaceAll("['’]s$", "");
    if (party == null || surname.length() < 3) {
      return false;
    }
    Matcher m = Pattern.compile("\\b" + Pattern.quote(surname) + "\\b").matcher(text);
    while (m.find()) {
      int from = Math.max(0, m.start() - WINDOW);
      int to = Math.min(text.length(), m.end() + WINDOW);
      if (party.matcher(text.substring(from, to)).find()) {
        return true;
      }
    }
    return false;
  }
}
