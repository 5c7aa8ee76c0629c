package dev.storyline.brief.text;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stamps news pages put on a title or a sentence, and a title run into its page's text at one:
 * a wire's place and time ("HONG KONG | Mon May 18, 2009 1:35 pm IST"), a newspaper's time
 * ("Tuesday 5 May 2009 17.04 BST"). {@link Boilerplate#stripLead} removes them before the text;
 * {@link #beforeStamp} cuts a title where its page's text was run into it; {@link #readerComments}
 * finds the comments a page kept under its story by their stamps.
 */
public final class WireStamps {
  static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
  static final String DAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*";
  static final String CLOCK =
      "\\d{1,2}[:.]\\d{2}\\s*(?:[apAP]\\.?[mM]\\.?)?\\s*"
          + "(?:GMT|BST|EST|EDT|ET|UTC|CET|CEST|JST|PST|PDT|CST|CDT|MST|MDT|IST|HKT|SGT|AEST|AEDT)?";

  /**
   * A wire's place before its stamp: "HONG KONG |", "ACAPULCO, Mexico |", "SINGAPORE, June 9 |",
   * "LONDON/WASHINGTON |", "CORDOVA, Alaska/SAN FRANCISCO |".
   */
  static final String WIRE_PLACE =
      "\\p{Lu}[\\p{Lu} .'/-]{1,30}(?:,\\s?[\\p{L}\\d .'/-]{1,30})?\\s?\\|\\s?";

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

  /** A reader comment's stamp: "January 31, 2011 at 11:41 pm", "February 2nd, 2011 12:35 am ET". */
  private static final String COMMENT_STAMP =
      MONTH
          + "\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s\\d{4},?\\s(?:\\d{1,2}:\\d{2}\\s?[ap]m\\s)?(?:at\\s)?"
          + "\\d{1,2}:\\d{2}\\s?[apAP]\\.?[mM]\\.?(?:\\s?(?:ET|EST|EDT|GMT|UTC))?";

  private static final Pattern COMMENT =
      Pattern.compile("^\\W*" + COMMENT_STAMP + "|" + COMMENT_STAMP + "\\s*\\|");

  /** How far apart two sentences of chatter before a comment's stamp may be, in sentences. */
  static final int COMMENT_GAP = 3;

  private WireStamps() {}

  /**
   * True when a reader comment's stamp opens the sentence or comes before the comment's bar
   * ("January 31, 2011 at 11:41 pm | Please stop…", "February 2nd, 2011 12:35 am ET Several…"): the
   * page kept its comments, and what follows the stamp is a reader's.
   */
  public static boolean commentStamp(String sentence) {
    return COMMENT.matcher(sentence).find();
  }

  /**
   * The sentences of the comments a page kept under its story: each article's sentences from the
   * first that holds a reader comment's stamp ({@link #commentStamp}) on, and the readers' chatter
   * ({@link Boilerplate#chatter}) just before it: a comment's text follows its stamp or, on some
   * sites, comes before it, and a thread's first comments may have lost their stamps. Going back
   * from the stamp, a sentence of chatter no more than {@value #COMMENT_GAP} sentences before the
   * earliest found so far starts the comments; the article's lead never does.
   */
  public static java.util.Set<AnalyzedSentence> readerComments(List<AnalyzedArticle> articles) {
    java.util.Set<AnalyzedSentence> out =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (AnalyzedArticle a : articles) {
      List<AnalyzedSentence> sentences = a.sentences();
      for (int i = 0; i < sentences.size(); i++) {
        if (commentStamp(sentences.get(i).text())) {
          int from = i;
          for (int k = i - 1; k >= 1 && from - k <= COMMENT_GAP; k--) {
            from = Boilerplate.chatter(sentences.get(k).text()) ? k : from;
          }
          out.addAll(sentences.subList(from, sentences.size()));
          break;
        }
      }
    }
    return out;
  }

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
