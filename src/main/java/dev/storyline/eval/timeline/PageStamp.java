package dev.storyline.eval.timeline;

import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.DateGranularity;
import dev.storyline.domain.DateMention;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's time stamp run into a sentence: a day-precise date written right before a clock time
 * ("Tuesday 27 April 2031 08.47 BST", "Sun Feb 20, 2031 6:47 pm EST", "24 April 2031 Last updated
 * at 17:55 GMT Help"), as crawled pages put between their title and their text. What comes before
 * the stamp (the title) and the stamp itself are not the sentence's words.
 */
final class PageStamp {
  /** Right after the date: an optional two-digit year ("20 June 11"), then the clock. */
  private static final Pattern CLOCK =
      Pattern.compile(
          "^\\s*,?\\s*(?:\\d{2}\\s+)?(?:[Ll]ast updated at\\s+)?\\d{1,2}[:.]\\d{2}"
              + "\\s*(?:[apAP]\\.?[mM]\\.?)?\\s*(?:[A-Z]{2,4}\\b|UK time)?\\s*(?:Help\\b)?");

  private PageStamp() {}

  /** Where the sentence's own words begin: after its last time stamp, or 0. */
  static int textStart(AnalyzedSentence s) {
    String text = s.text();
    int start = 0;
    for (DateMention m : s.dates()) {
      if (m.granularity() != DateGranularity.DAY || m.end() > text.length()) {
        continue;
      }
      Matcher clock = CLOCK.matcher(text.substring(m.end()));
      if (clock.find()) {
        start = Math.max(start, m.end() + clock.end());
      }
    }
    return start;
  }

  /** The sentence after its last time stamp (the whole sentence when it has none). */
  static String text(AnalyzedSentence s) {
    return s.text().substring(textStart(s));
  }
}
