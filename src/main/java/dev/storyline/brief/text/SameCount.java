package dev.storyline.brief.text;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.storyline.words.NumberWords;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One count told twice: two sentences that give the same number and are close in meaning. Outlets
 * word one fact too differently for the embeddings alone to call a repeat ("The club has lost its
 * last seven games." and "Seven straight defeats have left the team bottom."; "Consumer prices rose
 * 1.8 percent in the year to October" and "October inflation was 1.8 percent"), and {@link
 * MarginalRelevance#sameFact} asks for three shared words besides. A shared number is strong
 * evidence of one fact, so it takes less closeness: {@value #SHARE} of the bar for overlapping
 * points ({@link StoryText#overlapping}, 0.5 with sentence embeddings).
 *
 * <p>Not counted, as they name or place rather than count: years and days of a month ("Jan. 6"),
 * numbers that are part of a name ("COVID-19", "G-7", "K7", "Group of Seven", "FTSE 100", "401
 * (k)") or an ordinal ("100th"); nor 0, 1 and 2 ("two companies", "one of the"). The numbers of the
 * story's titles do count: they are its topic ("Four journalists missing in Libya"), and two facts
 * may share one ("the four entered Libya without visas"), but more often they are the news that
 * each outlet words again ("eight dead", "ten senators"). The sentence with fewer numbers must have
 * no other: "the rate rose to 6.1% from 6%" and "it was expected to fall from 6% to 5.8%" share a
 * number but not their facts.
 */
public final class SameCount {
  /** Share of {@link StoryText#overlapping} that two sentences with one number need. */
  static final double SHARE = 5.0 / 7;

  /** A number in digits or a word, not inside a name or an ordinal ("COVID-19", "K7", "100th"). */
  private static final Pattern TOKEN =
      Pattern.compile("(?<![\\p{L}\\d-])(?:\\d[\\d,.]*\\d|\\d|\\p{L}+)(?![\\p{L}\\d]|-\\p{L})");

  private static final Pattern YEAR = Pattern.compile("1\\d{3}|2[01]\\d{2}");
  private static final String MONTH =
      "(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept"
          + "|september|oct|october|nov|november|dec|december)";
  private static final Pattern MONTH_BEFORE = Pattern.compile("(?i)\\b" + MONTH + "\\.?\\s+$");
  private static final Pattern MONTH_AFTER = Pattern.compile("(?i)^\\s+" + MONTH + "\\b");

  /**
   * A capitalised word just before a number, not the sentence's first ("About 4 million"), makes it
   * a label: "FTSE 100", "Article 14".
   */
  private static final Pattern LABEL = Pattern.compile("(?<=\\S\\s)\\p{Lu}[\\p{L}.&'-]*\\s+$");

  private static final Set<String> TOO_COMMON = Set.of("0", "1", "2");

  /** What {@link #numbers} read of texts still in use (keys held weakly, by identity). */
  private static final Cache<String, Set<String>> NUMBERS =
      Caffeine.newBuilder().weakKeys().maximumSize(200_000).build();

  private SameCount() {}

  /** True when {@code a} and {@code b} give one number and are close enough in meaning. */
  public static boolean same(StoryText text, StorySentence a, StorySentence b) {
    return same(text, a, b, text.similarity(a, b));
  }

  /** As {@link #same}, given the pair's similarity (a section's choice has it already). */
  static boolean same(StoryText text, StorySentence a, StorySentence b, double similarity) {
    if (similarity < SHARE * text.overlapping()) {
      return false; // most pairs: no need to read their numbers
    }
    Set<String> ours = NUMBERS.get(a.text(), SameCount::numbers);
    Set<String> theirs = NUMBERS.get(b.text(), SameCount::numbers);
    Set<String> fewer = ours.size() <= theirs.size() ? ours : theirs;
    return !fewer.isEmpty() && (fewer == ours ? theirs : ours).containsAll(fewer);
  }

  /**
   * As {@link #same}, for a section's choice. With {@code strict} false (the summary's opening,
   * which may give the news as a second outlet's lead words it, as lead-N does) two leads with one
   * count are a repeat only when most of the shorter one's words ({@value #LEAD_RESTATES}) are in
   * the other: "About 4 million people lost power, according to Corgrid." and "About 4 million
   * people lost power, the grid operator said."
   */
  public static boolean repeat(StoryText text, StorySentence a, StorySentence b, boolean strict) {
    return repeat(text, a, b, text.similarity(a, b), strict);
  }

  /** As {@link #repeat(StoryText, StorySentence, StorySentence, boolean)}, given the similarity. */
  static boolean repeat(
      StoryText text, StorySentence a, StorySentence b, double similarity, boolean strict) {
    return same(text, a, b, similarity)
        && (strict
            || !(a.lead() && b.lead())
            || MarginalRelevance.restates(a.text(), b.text(), LEAD_RESTATES));
  }

  /** Share of the shorter lead's content words that makes two leads with one count one report. */
  static final double LEAD_RESTATES = 0.6;

  /** The numbers a text counts with, in digits ("1,200" as "1200") or words ("seven" as "7"). */
  static Set<String> numbers(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String n = number(m.group(), m.start() == 0);
      if (n != null
          && !TOO_COMMON.contains(n)
          && !LABEL.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()
          && !text.startsWith("(", m.end())
          && !text.startsWith(" (", m.end())
          && !MONTH_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()
          && !MONTH_AFTER
              .matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12)))
              .find()) {
        out.add(n);
      }
    }
    return Set.copyOf(out);
  }

  /** A token's number, or null: not a year, nor a capitalised number word inside a sentence. */
  private static String number(String token, boolean opens) {
    if (Character.isDigit(token.charAt(0))) {
      return YEAR.matcher(token).matches() ? null : token.replace(",", "");
    }
    if (!opens && Character.isUpperCase(token.charAt(0))) {
      return null; // "Group of Seven"
    }
    Integer word = NumberWords.value(token);
    return word == null ? null : String.valueOf(word);
  }
}
