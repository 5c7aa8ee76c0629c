package dev.storyline.brief.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trims a source sentence for publication: drops a leading dateline ("LYSARIA CITY —", "Denver (AP)
 * –", and the bylines and time stamps of {@link Boilerplate#stripLead}) and a leading connective
 * ("But", "Meanwhile,") and an excerpt's "..." after a whole sentence, nothing else. The result is
 * always a substring of the input. A connective is dropped only when what follows already starts
 * with a capital letter, a digit or a quote mark, so the published sentence still reads as a
 * sentence without any edit.
 */
public final class Trimmer {
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\p{Lu}[\\p{Lu}\\s.,'’]{1,40}?(?:\\s*\\([^)]{1,30}\\))?(?:\\s*(?:—|–|--)\\s*|\\s+-\\s+)");
  private static final Pattern CONNECTIVE =
      Pattern.compile(
          "^(?:But|And|Meanwhile|However|Still|Also|Yet|Moreover|Furthermore|Additionally|"
              + "Separately|In addition|Nevertheless|Nonetheless|Instead|Indeed|Besides|"
              + "On the other hand|At the same time|Elsewhere)\\b,?\\s+");
  private static final Pattern STARTS_WELL = Pattern.compile("^[\\p{Lu}\\p{N}\"“‘']");

  /**
   * An excerpt's "..." after a whole sentence ("…, the people said....", "…this time.\"..."): the
   * feed cut its text at a sentence's end. Not after an initial or an abbreviation ("James C...."),
   * where the sentence may go on.
   */
  private static final Pattern EXCERPT_AFTER_END =
      Pattern.compile("(?:\\p{Ll}\\p{Ll}|\\d)[.!?][\"”’')]*(\\s*(?:\\.{3}|…))$");

  private Trimmer() {}

  /** The publishable part of a sentence; a substring of {@code text}. */
  public static String trim(String text) {
    String s = Boilerplate.stripLead(text);
    if (s.endsWith("...") || s.endsWith("…")) { // the pattern scans the whole text: only then
      Matcher e = EXCERPT_AFTER_END.matcher(s);
      if (e.find()) {
        s = s.substring(0, e.start(1));
      }
    }
    Matcher d = DATELINE.matcher(s);
    if (d.find() && hasTwoLetters(d.group()) && d.end() < s.length()) {
      String rest = s.substring(d.end());
      if (STARTS_WELL.matcher(rest).find()) {
        s = rest;
      }
    }
    Matcher c = CONNECTIVE.matcher(s);
    if (c.find() && c.end() < s.length()) {
      String rest = s.substring(c.end());
      if (STARTS_WELL.matcher(rest).find()) {
        s = rest;
      }
    }
    return s;
  }

  /**
   * A headline in Title Case run into an article's first sentence ("In Speech to Congress, Vale
   * Outlines His Plans for Recovery President Vale offered…", "Historic Port Rescue Set in Motion
   * The harbour board yesterday…"): four to fourteen words, each capitalised or a short word a
   * headline writes in lower case, then a capitalised "The", "A" or "An", or an office, a name and
   * a word in lower case. A sentence's own words ("Crowds call for…") break the run.
   */
  private static final Pattern TITLE_CASE_HEAD =
      Pattern.compile(
          "^(?:(?:\\p{Lu}[\\p{L}'’.-]*|of|the|in|on|for|to|a|an|and|at|as|with|by|from|over)[,:]?\\s+)"
              + "{4,14}?(?=(?:The|A|An)\\s+\\S|(?:President|Sen\\.|Rep\\.|Gov\\.|Secretary|Mr\\."
              + "|Mrs\\.|Ms\\.|Dr\\.)\\s+\\p{Lu}[\\p{L}'’-]+\\s+\\p{Ll})");

  /** Words of four letters or more in a head, at least this many capitalised. */
  private static final int HEAD_WORDS = 3;

  /**
   * The publishable part of an article's first sentence: as {@link #trim}, and without a Title Case
   * headline run into it (the page shows the headline elsewhere); a substring of {@code text}.
   */
  public static String trimOpening(String text) {
    String s = trim(text);
    Matcher m = TITLE_CASE_HEAD.matcher(s);
    if (!m.find()) {
      return s;
    }
    String head = m.group();
    long capitalised =
        java.util.Arrays.stream(head.split("\\s+"))
            .filter(w -> w.length() > 3 && Character.isUpperCase(w.codePointAt(0)))
            .count();
    String rest = s.substring(m.end());
    boolean minor = head.matches("(?s).*\\s\\p{Ll}+[,:]?\\s.*");
    return capitalised >= HEAD_WORDS && minor && rest.split("\\s+").length >= 8 ? rest : s;
  }

  private static boolean hasTwoLetters(String prefix) {
    return prefix.chars().filter(Character::isUpperCase).count() >= 2;
  }
}
