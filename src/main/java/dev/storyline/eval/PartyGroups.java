package dev.storyline.eval;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BASIL labels many quotes with a party group as speaker ("Democratic_Lawmakers",
 * "House_Republicans"); a page naming one lawmaker cannot match such a label word for word. The
 * shown actor counts as one of the group when the article itself states the actor's party at the
 * name: a party tag right after it ("Quill, D-Ore.", "(R-Utah)"), an apposition ("Marsh, a
 * Republican from Utah") or the party word up to three words before the surname ("Democratic Rep.
 * Ada Quill").
 */
final class PartyGroups {
  private static final String DEM = "Democrat(?:ic)?";
  private static final String REP = "(?:Republican|GOP)";

  private PartyGroups() {}

  /**
   * True when {@code label} names a party group and {@code text} gives {@code shown} that party.
   */
  static boolean member(String shown, String label, String text) {
    String l = label.toLowerCase(Locale.ROOT);
    String party = l.contains("democrat") ? "D" : l.contains("republican") ? "R" : null;
    String[] words = shown.strip().split("\\s+");
    String surname = words[words.length - 1].replaceAll("['’]s$", "");
    if (party == null || surname.length() < 3) {
      return false;
    }
    String word = party.equals("D") ? DEM : REP;
    Pattern after =
        Pattern.compile(
            "^\\s*(?:,\\s*|\\(\\s*)(?:"
                + party
                + "-\\p{Lu}|an?\\s+(?:\\p{L}+\\s+)?"
                + word
                + "\\b)");
    Pattern before = Pattern.compile("\\b" + word + "\\s+(?:[\\p{L}.'’-]+\\s+){0,3}$");
    Matcher m = Pattern.compile("\\b" + Pattern.quote(surname) + "\\b").matcher(text);
    while (m.find()) {
      String head = text.substring(Math.max(0, m.start() - 60), m.start());
      if (after.matcher(text.substring(m.end())).find() || before.matcher(head).find()) {
        return true;
      }
    }
    return false;
  }
}
