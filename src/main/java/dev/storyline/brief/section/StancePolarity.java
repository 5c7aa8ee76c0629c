package dev.storyline.brief.section;

import dev.storyline.brief.text.CueLexicon;
import dev.storyline.brief.text.StorySentence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The polarity of a stance for {@link SidesWriter}: support cues minus oppose cues over the
 * sentence with its names blanked out, with simple negation and the main clause counting double.
 */
final class StancePolarity {

  private static final Pattern NEGATION =
      Pattern.compile("\\b(?:not|no|never|n't|without|rather than|instead of)\\s*$");
  private static final Pattern CLAUSE_BOUNDARY =
      Pattern.compile("\\b(?:because|since|although|though|but|while|even as|whereas)\\b");

  private StancePolarity() {}

  /**
   * The sentence as published with its named entities blanked out, so that names such as "Rovers
   * Supporters' Trust" or "Fair Price Corvane" carry no stance.
   */
  static String withoutNames(StorySentence s) {
    String raw = s.sentence().text();
    StringBuilder b = new StringBuilder(raw);
    for (dev.storyline.domain.EntityMention m : s.sentence().entities()) {
      if (m.start() >= 0 && m.end() <= raw.length() && m.start() < m.end()) {
        for (int i = m.start(); i < m.end(); i++) {
          b.setCharAt(i, ' ');
        }
      }
    }
    return b.toString();
  }

  /**
   * Support cues minus oppose cues; a cue after "not"/"never" counts the other way, and cues of the
   * main clause (before "because", "but", "although"...) count double, since a reason or a
   * concession often carries words of the other side.
   */
  static int polarity(String text) {
    String lower = CueLexicon.lower(text);
    Matcher boundary = CLAUSE_BOUNDARY.matcher(lower);
    int cut = boundary.find() ? boundary.start() : lower.length();
    String main = lower.substring(0, cut);
    String rest = lower.substring(cut);
    return 2 * (hits(CueLexicon.SUPPORT, main) - hits(CueLexicon.OPPOSE, main))
        + hits(CueLexicon.SUPPORT, rest)
        - hits(CueLexicon.OPPOSE, rest);
  }

  private static int hits(Pattern p, String lower) {
    Matcher m = p.matcher(lower);
    int n = 0;
    while (m.find()) {
      String before = lower.substring(Math.max(0, m.start() - 12), m.start());
      n += NEGATION.matcher(before).find() ? -1 : 1;
    }
    return n;
  }
}
