package dev.storyline.brief.actor;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The subject of a reporting verb among the names of a sentence, for {@link Attribution}. */
final class Subjects {
  private static final Pattern SUBJECT_GAP =
      Pattern.compile(
          "^(?:['’]s)?(?:\\s*|,[^,\"“”]{1,80},\\s*"
              + "|\\s+(?:(?:also|has|have|had|again|previously|later|earlier|then|on|in|a|an"
              + "|its|his|her|their|statement|interview|letter|post|\\p{Lu}\\p{L}+day"
              + "|\\p{L}+ly)\\s+){1,4})$");
  private static final Pattern PARTY_TAG = Pattern.compile("[RDI]-\\p{Lu}[\\p{L}. ]*\\.?");
  private static final Pattern OF_GAP = Pattern.compile("\\s+(?:of|from)\\s+(?:the\\s+)?");
  private static final Pattern MODIFIER =
      Pattern.compile(
          "(?:,\\s*)?\\b(?:of|in|on|at|from|with|about"
              + "|(?<!spokes(?:wo)?man |spokesperson |lawyers? |attorneys? )for)\\s+(?:the\\s+)?$");

  /**
   * As {@link #MODIFIER} with up to four words between ("of Irish charity Goal") and after "to"
   * ("the envoy to Osk"): names not typed as a person's ("Speaking to Coastwatch Pia Lund said").
   */
  private static final Pattern LONG_MODIFIER =
      Pattern.compile(
          "(?:,\\s*)?\\b(?:(?:of|from|for)\\s+(?:the\\s+)?(?:[\\p{L}'’.&-]+\\s+){0,4}"
              + "|(?:in|on|at|to|with|about)\\s+(?:the\\s+)?(?:\\p{Ll}+\\s+)?)$");

  /**
   * "…in Denton, ", "from Empire, " before a name set off by commas: the place's state or country.
   */
  private static final Pattern IN_PLACE =
      Pattern.compile("\\b(?:in|near|from)\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s?){1,3},\\s$");

  private static final Pattern TIME =
      Pattern.compile("(?i)\\b(?:\\p{L}+day|today|tonight|week|month|year|morning|evening)\\b");

  /** The end of an appositive whose names were left out: commas and the phrases between them. */
  private static final Pattern APPOSITIVE_END =
      Pattern.compile("^(?:,[^,\"“”]{0,80}){0,2}\\s*,\\s*$");

  private Subjects() {}

  /**
   * The subject of the verb at {@code verbStart}: the last name before it with only a subject gap
   * between ("Okafor said", "Okafor, the mayor, said"). A name inside a phrase of place or of
   * membership ("the mayor of Brackwater", "in Port Sarel", "the envoy to Osk", "of the rowing
   * charity Oarsome") and a place set off by commas (", Kent.,"; ", Texas," after "in Denton") are
   * modifiers: they never speak and their phrase is left out of the gap of the names before them,
   * so Ilse Varga speaks in "the mayor of Brackwater, Ilse Varga, said" and Peter Olsby in "Canon
   * Peter Olsby, of Wrenfield, Kent., said". A name the recogniser could not type may sit up to
   * four words after the preposition; a person's name only right after it (or after "the").
   */
  static Candidate subject(String text, int verbStart, List<Candidate> names) {
    StringBuilder removed = new StringBuilder(text);
    boolean skipped = false;
    for (int i = names.size() - 1; i >= 0; i--) {
      Candidate c = names.get(i);
      if (c.end > verbStart) {
        continue;
      }
      String before = text.substring(0, c.start);
      Matcher mod = (c.person ? MODIFIER : LONG_MODIFIER).matcher(before);
      boolean modifier = mod.find() && !TIME.matcher(mod.group()).find();
      boolean commaPlace =
          (c.place || !c.person && IN_PLACE.matcher(before).find())
              && before.endsWith(", ")
              && text.startsWith(",", c.end);
      if (modifier || commaPlace) {
        int from = commaPlace ? c.start - 2 : mod.start();
        for (int k = from; k < c.end; k++) {
          removed.setCharAt(k, '\u0000');
        }
        skipped = true;
        continue;
      }
      boolean appositive = skipped || before.endsWith(", ");
      if (gapMatches(removed, c.end, verbStart, appositive)) {
        return owner(text, names, i);
      }
    }
    return null;
  }

  private static boolean gapMatches(CharSequence text, int from, int to, boolean appositive) {
    String gap = text.subSequence(from, to).toString().replace("\u0000", "");
    return SUBJECT_GAP.matcher(gap).matches()
        || (appositive && APPOSITIVE_END.matcher(gap).matches());
  }

  /**
   * The name a place or tag belongs to: "Rick Perry of Texas" and "Mitt Romney, R-Utah" speak as
   * Rick Perry and Mitt Romney.
   */
  private static Candidate owner(String text, List<Candidate> names, int i) {
    Candidate c = names.get(i);
    if (i > 0) {
      Candidate before = names.get(i - 1);
      String gap = text.substring(before.end, c.start);
      boolean tag = PARTY_TAG.matcher(text.substring(c.start, c.end)).matches() && gap.equals(", ");
      if (tag || OF_GAP.matcher(gap).matches()) {
        return before;
      }
    }
    return c;
  }

  /**
   * A possible speaker. {@code subjectOnly} marks a name the recogniser could not type: it may be
   * the subject before a reporting verb ("Aksel Brun, a police spokesman, said") but is never taken
   * from after the verb, where objects and places stand. {@code person} marks a name typed as a
   * person's.
   */
  record Candidate(
      String key, int start, int end, boolean subjectOnly, boolean place, boolean person) {}

  /** Whether a name opens with a capital ("al-Thani" counts by its "Thani"). */
  static boolean capitalised(String text) {
    String t = text.strip().replaceFirst("^al-(?=.)", ""); // "al-Thani"
    return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
  }
}
