package dev.storyline.brief.section;

import dev.storyline.domain.EntityMention;
import java.util.List;
import java.util.regex.Pattern;

/** Phrases after a name that are lists, not glosses of the name ({@link GlossRules}). */
final class GlossLists {
  private GlossLists() {}

  /**
   * The words before the last item of a list of things named with "the": "the border conflict and "
   * (not a role, "a pilot and ", nor the object of a preposition, "the envoy for Osk and ").
   */
  private static final Pattern LIST_END =
      Pattern.compile(
          "^\\s*the\\s(?:(?!\\b(?:of|for|in|on|at|by|with|between|from|to|into|as|against|over"
              + "|under|about|after|before|across|among|within)\\b).)*\\S\\s+(?:and|&)\\s+(?:the\\s+)?$");

  /** "the Dutch and the French", "the Port Board in Velmar and the Lake Fund": a list of names. */
  static boolean namesOnly(String phrase) {
    if (!phrase.matches("(?s).*\\s(?:and|&)\\s.*")) {
      return false;
    }
    String rest = phrase.replaceFirst("(?i)^(?:a|an|the)\\s+", "");
    for (String w : rest.split("\\s+")) {
      if (!w.isEmpty()
          && !Character.isUpperCase(w.codePointAt(0))
          && !w.matches("and|of|the|&|de|du|la|in|for|at")) {
        return false;
      }
    }
    return true;
  }

  /**
   * A list that ends on another name: "al-Qaida, the Israeli-Palestinian conflict and Iraq" (the
   * phrase {@code sentence[from, to)} after {@code m} closes on another mention after "and" and
   * {@link #LIST_END} reads the words before it as a list's).
   */
  static boolean endsOnAnotherName(
      String sentence, int from, int to, EntityMention m, List<EntityMention> all) {
    for (EntityMention o : all) {
      if (o != m
          && o.start() > from
          && Math.abs(o.end() - to) <= 1
          && LIST_END.matcher(sentence.substring(from, o.start())).find()) {
        return true;
      }
    }
    return false;
  }
}
