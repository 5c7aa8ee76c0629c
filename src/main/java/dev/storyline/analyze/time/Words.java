package dev.storyline.analyze.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tiny word-level helpers around a match. */
final class Words {
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:['’][A-Za-z]+)?");

  private Words() {}

  /** The word right after {@code end} (only whitespace in between), or "". */
  static String after(String text, int end) {
    int i = end;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    int j = i;
    while (j < text.length() && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return text.substring(i, j);
  }

  /** The word right before {@code start} (only whitespace in between), or "". */
  static String before(String text, int start) {
    int j = start;
    while (j > 0 && Character.isWhitespace(text.charAt(j - 1))) {
      j--;
    }
    int i = j;
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    return text.substring(i, j);
  }

  /** Up to {@code max} words ending before {@code start}, nearest first. */
  static List<String> left(String text, int start, int max) {
    List<String> all = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(0, start);
    while (m.find()) {
      all.add(m.group());
    }
    List<String> out = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0 && out.size() < max; i--) {
      out.add(all.get(i));
    }
    return out;
  }

  /** Up to {@code max} words starting at or after {@code end}, nearest first. */
  static List<String> right(String text, int end, int max) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(end, text.length());
    while (out.size() < max && m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
