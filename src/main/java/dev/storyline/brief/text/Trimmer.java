package dev.storyline.brief.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trims a source sentence for publication: drops a leading dateline ("LYSARIA CITY —", "Denver (AP)
 * –", and the bylines and time stamps of {@link Boilerplate#stripLead}) and a leading connective
 * ("But", "Meanwhile,"), nothing else. The result is always a substring of the input. A connective
 * is dropped only when what follows already starts with a capital letter, a digit or a quote mark,
 * so the published sentence still reads as a sentence without any edit.
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

  private Trimmer() {}

  /** The publishable part of a sentence; a substring of {@code text}. */
  public static String trim(String text) {
    String s = Boilerplate.stripLead(text);
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

  private static boolean hasTwoLetters(String prefix) {
    return prefix.chars().filter(Character::isUpperCase).count() >= 2;
  }
}
