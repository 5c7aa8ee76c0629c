package dev.storyline.analyze.sentence;

import dev.storyline.domain.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a scraped page carries around the article's own sentences, undone on the sentence spans
 * (indices of the sentences kept do not change):
 *
 * <ul>
 *   <li>a <b>reader-comment section</b>: from the first comment header on ("At 11:45 pm on 13 Jan
 *       2010, someone wrote:", "March 22, 2011 at 8:50 am | Reply", "Posted by: someone | …",
 *       "Added: Tuesday, …, 18:32 GMT", a comment's date and time before its text: "10th August
 *       2031 - 10:16 Any regime that …"), when the page has at least two such headers, nothing is
 *       the article any more;
 *   <li>a <b>live blog's time stamps</b>: entries that open with an HHMM stamp ("2155 The bank says
 *       …") start after it. A page is a live blog when at least three sentences open with a
 *       four-digit clock time and some stamp cannot be a year (after {@value #LAST_YEAR}) or the
 *       stamps never rise (newest entry first); a chronology ("1983 She graduates …", "2006 …") has
 *       years that rise or are no clock time.
 * </ul>
 */
public final class PageParts {
  static final int LAST_YEAR = 2030;
  private static final int MIN_STAMPS = 3;

  /** "2155 The …", "0930 “We …": a four-digit stamp opening a sentence. */
  private static final Pattern STAMP = Pattern.compile("^(\\d{4})\\s+(?=[\\p{Lu}\"“‘'])");

  /** A stamp after a word inside a sentence; group 1 the word before, group 2 the stamp. */
  private static final Pattern INNER_STAMP =
      Pattern.compile("([\\p{L}'’-]+)\\s(\\d{4})\\s+(?=\\p{Lu}\\p{Ll})");

  /** Words before a four-digit number that make it a year. */
  private static final Pattern YEAR_WORDS =
      Pattern.compile(
          "(?i:in|of|the|since|by|from|until|to|and|or|before|after|during|early|late|mid|'s|’s)"
              + "|\\p{Lu}\\p{L}*");

  private static final String CLOCK = "\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?";

  /**
   * A comment header: a time stamp, a handle and "wrote:", "| Reply", "Posted by: x |", "Added:
   * Tuesday, 19 January, 2010, 18:32 GMT", or a day, month, year and clock time ("8th November 2011
   * - 17:42"), which no news sentence is written as.
   */
  private static final Pattern COMMENT_HEADER =
      Pattern.compile(
          "(?i)\\b"
              + CLOCK
              + "[^.:|]{0,40}?,\\s*[\\p{L}\\p{N}_.'-]{1,30}(?:\\s[\\p{L}\\p{N}_.'-]{1,30}){0,2}"
              + "\\s+wrote\\s*:"
              + "|\\b"
              + CLOCK
              + "\\s*\\|\\s*(?:Reply\\b|[^|]{1,40}?\\bwrote\\s*:)"
              + "|\\bposted by\\s*:\\s*[^|]{1,40}\\|"
              + "|\\badded\\s*:\\s*\\p{L}+day\\s*,[^.]{0,40}?"
              + CLOCK
              + "|(?<![\\p{L}\\d])\\d{1,2}(?:st|nd|rd|th)?\\s+(?:January|February|March|April|May|June"
              + "|July|August|September|October|November|December)\\s+\\d{4}\\s+-\\s+"
              + CLOCK
              + "(?!\\d)");

  private PageParts() {}

  /** The spans of {@code text}'s sentences without comment section and live-blog stamps. */
  public static List<TextSpan> clean(String text, List<TextSpan> spans) {
    List<TextSpan> kept = spans.subList(0, commentsStart(text, spans));
    if (!liveBlog(text, kept)) {
      return kept;
    }
    List<TextSpan> out = new ArrayList<>(kept.size());
    for (TextSpan s : kept) {
      int from = afterStamp(s.of(text));
      out.add(from > 0 ? new TextSpan(s.start() + from, s.end()) : s);
    }
    return out;
  }

  /**
   * Where a live-blog entry starts in a sentence: after its opening stamp, or after a stamp inside
   * it (a video caption run into the entry: "Footage of the harbour 1122 Ann Lee, a spokeswoman
   * …"); 0 when it has none. A stamp inside a sentence must not read as a year ("the 2010 World
   * Cup", "in 2009 Mr Lee …").
   */
  static int afterStamp(String sentence) {
    int from = 0;
    Matcher m = STAMP.matcher(sentence);
    if (m.find() && clock(Integer.parseInt(m.group(1)))) {
      from = m.end();
    }
    Matcher inner = INNER_STAMP.matcher(sentence);
    while (inner.find()) {
      int v = Integer.parseInt(inner.group(2));
      boolean year = v >= 1900 && v <= LAST_YEAR;
      if (clock(v) && !(year && YEAR_WORDS.matcher(inner.group(1)).matches())) {
        from = Math.max(from, inner.end());
      }
    }
    return from < sentence.length() ? from : 0;
  }

  /**
   * A wire's closing credit, "(Reporting by Ann Lee; Editing by Ben Osk)": the story's last line.
   * What a page puts after it is the site's: its promos, its comment invitation and the comments.
   */
  private static final Pattern CLOSING_CREDIT =
      Pattern.compile(
          "\\((?:Additional )?(?:Reporting|Writing|Editing|Compiled) by\\b[^()]{0,400}\\)",
          Pattern.CASE_INSENSITIVE);

  /**
   * A page's invitation to comment or its disclaimer of the comments ("Views expressed in the
   * comments do not represent those of …"): the comments follow it.
   */
  private static final Pattern COMMENTS_OPEN =
      Pattern.compile(
          "^\\s*We welcome comments\\b|^\\s*(?:Add|Post|Leave) (?:a|your) comment\\b"
              + "|^\\s*(?:The )?views expressed in (?:the|these) comments\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * The index of the first sentence that is no longer the article: the reader comments, or what
   * follows a wire's closing credit ({@link #CLOSING_CREDIT}) or a comment invitation ({@link
   * #COMMENTS_OPEN}); the span count when there is none.
   */
  static int commentsStart(String text, List<TextSpan> spans) {
    int first = -1;
    int headers = 0;
    for (int i = 0; i < spans.size(); i++) {
      String sentence = spans.get(i).of(text);
      if (COMMENTS_OPEN.matcher(sentence).find()) {
        return first >= 0 && headers >= 2 ? first : i;
      }
      if (CLOSING_CREDIT.matcher(sentence).find()) {
        return first >= 0 && headers >= 2 ? first : i + 1;
      }
      if (COMMENT_HEADER.matcher(sentence).find()) {
        first = first < 0 ? i : first;
        headers++;
      }
    }
    return headers >= 2 ? first : spans.size();
  }

  static boolean liveBlog(String text, List<TextSpan> spans) {
    List<Integer> stamps = new ArrayList<>();
    for (TextSpan s : spans) {
      Matcher m = STAMP.matcher(s.of(text));
      if (m.find()) {
        stamps.add(Integer.parseInt(m.group(1)));
      }
    }
    if (stamps.size() < MIN_STAMPS || !stamps.stream().allMatch(PageParts::clock)) {
      return false;
    }
    boolean noYear = stamps.stream().anyMatch(v -> v > LAST_YEAR);
    boolean neverRises = true;
    for (int i = 1; i < stamps.size(); i++) {
      neverRises &= stamps.get(i) <= stamps.get(i - 1);
    }
    return noYear || neverRises;
  }

  /** True for HHMM with hours 0..23 and minutes 0..59. */
  private static boolean clock(int v) {
    return v / 100 <= 23 && v % 100 <= 59;
  }
}
