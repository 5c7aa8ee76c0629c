package dev.storyline.words;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Counts written as words ("seven", "forty"), for every part that reads a number out of text: the
 * dates' durations ("seven weeks ago") and the brief's count repeats ("seven defeats in a row").
 */
public final class NumberWords {
  private NumberWords() {}

  private static final Map<String, Integer> VALUES =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("fifteen", 15),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90));

  /** The value of a number word in any case, or null. */
  public static Integer value(String word) {
    return VALUES.get(word.toLowerCase(Locale.ROOT));
  }

  /** The number words up to {@code max}, longest first, as a regular-expression alternation. */
  public static String alternation(int max) {
    return VALUES.entrySet().stream()
        .filter(e -> e.getValue() <= max)
        .map(Map.Entry::getKey)
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
        .collect(Collectors.joining("|"));
  }
}
