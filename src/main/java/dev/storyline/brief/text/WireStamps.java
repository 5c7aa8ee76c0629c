package dev.storyline.brief.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stamps news pages put on a title or a sentence, and a title run into its page's text at one:
 * a wire's place and time ("HONG KONG | Mon May 18, 2009 1:35 pm IST"), a newspaper's time
 * ("Tuesday 5 May 2009 17.04 BST"). {@link Boilerplate#stripLead} removes them before the text;
 * {@link #beforeStamp} cuts a title where its page's text was run into it.
 */
public final class WireStamps {
  static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
  static final String DAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*";
  static final String CLOCK =
      "\\d{1,2}[:.]\\d{2}\\s*(?:[apAP]\\.?[mM]\\.?)?\\s*"
          + "(?:GMT|BST|EST|EDT|ET|UTC|CET|CEST|JST|PST|PDT|CST|CDT|MST|MDT|IST|HKT|SGT|AEST|AEDT)?";

  /**
   * A wire's place before its stamp: "HONG KONG |", "ACAPULCO, Mexico |", "SINGAPORE, June 9 |",
   * "LONDON/WASHINGTON |".
   */
  static final String WIRE_PLACE =
      "\\p{Lu}[\\p{Lu} .'/-]{1,30}(?:,\\s?[\\p{L}\\d .'-]{1,30})?\\s?\\|\\s?";

  /**
   * A page's time stamp: "Mon May 18, 2009 1:35 pm IST" (a wire's), "Tuesday 5 May 2009 17.04 BST"
   * (a newspaper's).
   */
  static final String STAMP =
      "(?:"
          + DAY
          + "\\s+"
          + MONTH
          + "\\s+\\d{1,2}\\s?,\\s?\\d{4}"
          + "|"
          + DAY
          + "\\s+\\d{1,2}\\s+"
          + MONTH
          + "\\s+\\d{4})\\s+"
          + CLOCK;

  /**
   * A title run into its page's text at a wire's or a newspaper's stamp: "Asia frets over vaccine
   * supply HONG KONG | Mon May 18, 2031 1:35 pm IST HONG KONG (Reuters) - Asia has …", "Lumen
   * confirms new quake death Tuesday 5 May 2031 17.04 BST A leaflet …". A wire's place is the one
   * its dateline repeats after the stamp, so a title ending in capitals ("… to recover: WHO GENEVA
   * | … GENEVA (Reuters) -") keeps them.
   */
  private static final Pattern STAMP_INSIDE =
      Pattern.compile(
          "\\s(?:(?<place>\\p{Lu}[\\p{Lu} .'-]{0,30}?(?:,\\s?[\\p{L}\\d .'-]{1,30}?)?)\\s?\\|\\s?"
              + STAMP
              + "(?=\\s+\\k<place>\\b)|"
              + STAMP
              + "(?=\\s|$))");

  /** A byline ending a title's head: "… for years in pigs: study By Ann Lee, Health Editor". */
  private static final Pattern TRAILING_BYLINE =
      Pattern.compile(
          "\\s+By (?:\\p{Lu}[\\p{L}'’.-]+\\s?){1,4}(?:(?:,| and) [\\p{L} ,'’.-]{0,60})?$");

  /** A wire's place and bar left at the end of a title's head: "… vaccine supply OSK |". */
  private static final Pattern TRAILING_PLACE =
      Pattern.compile("\\s+\\p{Lu}[\\p{Lu} .'-]{0,30}(?:,\\s?[\\p{L}\\d .'-]{1,30})?\\s?\\|$");

  private WireStamps() {}

  /**
   * The title before the stamp its page's text was run into at ("Asia frets over vaccine supply
   * HONG KONG | Mon May 18, 2031 1:35 pm IST HONG KONG (Reuters) - Asia has …" is the title "Asia
   * frets over vaccine supply"), without a byline or a wire's place left before the stamp, or the
   * title itself when it holds no stamp after its first three words; a prefix of {@code title}.
   */
  public static String beforeStamp(String title) {
    Matcher m = STAMP_INSIDE.matcher(title);
    while (m.find()) {
      String head = title.substring(0, m.start()).strip();
      head = TRAILING_PLACE.matcher(head).replaceFirst("");
      head = TRAILING_BYLINE.matcher(head).replaceFirst("").strip();
      if (head.split("\\s+").length >= 3) {
        return head;
      }
    }
    return title;
  }
}
