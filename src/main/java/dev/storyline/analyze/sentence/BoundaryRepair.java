package dev.storyline.analyze.sentence;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule-based repair of statistical sentence cuts for news text.
 *
 * <p>The UD EWT sentence model was trained on web text and cuts after most words ending in a
 * period. News prose is full of such abbreviations, so a cut is removed when the text before it
 * ends with
 *
 * <ul>
 *   <li>a title or honorific ("Mr.", "Dr.", "Gov.", "Sen.", "St."): always;
 *   <li>the same after a hyphen ("post-Sept. 11", "R-Ky., said") or before a closing bracket or
 *       comma ("(R-Ky.), who");
 *   <li>a month abbreviation and the next text starts with a digit ("Jan. 5");
 *   <li>a reference abbreviation ("No.", "p.") before a digit, or "vs." anywhere;
 *   <li>"?" or "!" (perhaps inside quotes) before lower-case text ("\"Why?\" she asked") or before
 *       a capitalised speaker and a reporting verb ("…acceptable?” Mitch McConnell asked");
 *   <li>any abbreviation-shaped token ("U.S.", "Inc.", "p.m.") before lower-case text, a digit or a
 *       comma; a single initial before a capital ("J. K. Rowling"); "a.m."/"p.m." before a weekday
 *       or month; an initialism before an office or body it owns ("U.S. President", "U.N. Security
 *       Council").
 * </ul>
 *
 * <p>A cut is removed too when the model's full stop was a decimal point ("$1.5 trillion": the
 * model cut after "$1.5"), and a token of several abbreviated parts ("Sen. Joe Manchin (D-W.Va.) on
 * Thursday", "a Ph.D. candidate") counts as an abbreviation.
 *
 * <p>A cut is added after a lower-case word or a number ending with a period when the next word is
 * capitalised ("met on Sept. 3. Sen. Bob Lee spoke"), which the model sometimes misses, and where a
 * photo caption runs into a sentence with no full stop at all: a lower-case word, then a word that
 * opens sentences ("But", "The", "He", …) before a lower-case word ("outside the court The judge
 * said"). Known limit: an abbreviation that really ends a sentence before another capitalised word
 * ("in the U.S. Many said") stays ambiguous and is left to the model.
 */
final class BoundaryRepair {

  private static final Set<String> TITLES =
      Set.of(
          "mr", "mrs", "ms", "messrs", "mmes", "mme", "mlle", "dr", "prof", "gov", "sen", "rep",
          "gen", "lt", "col", "capt", "cmdr", "sgt", "cpl", "adm", "maj", "brig", "rev", "hon",
          "pres", "supt", "det", "insp", "atty", "fr", "st", "mt", "ft", "sens", "reps", "govs");
  private static final Set<String> MONTHS =
      Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
  private static final Set<String> BEFORE_NUMBER =
      Set.of("no", "nos", "vol", "art", "p", "pp", "fig", "ch", "sec", "para", "ed");
  private static final Set<String> ALWAYS_JOIN =
      Set.of("vs", "v", "cf", "approx", "ca", "esp", "incl", "viz");
  private static final Set<String> ABBREVIATED_WORDS =
      Set.of("etc", "inc", "corp", "co", "ltd", "jr", "sr");
  private static final Set<String> NOT_SENTENCE_END_WORDS = ALWAYS_JOIN;

  /**
   * A speaker and a reporting verb after a quoted question or exclamation ("…acceptable?” Senate
   * Majority Leader Mitch McConnell, R-Ky., asked on Tuesday."): the quote's own attribution.
   */
  private static final Pattern ATTRIBUTION =
      Pattern.compile(
          "(?:\\p{Lu}[\\p{L}.'’-]*,?\\s+){1,7}(?:[RDI]-\\p{Lu}[\\p{L}.]*,\\s+)?"
              + "(?:asked|said|says|asks|added|wrote|shouted|cried|told|replied|tweeted)\\b");

  private static final Pattern CLOSERS = Pattern.compile("(?<=\\.)[),;:]+$");

  /** A token ending in a decimal number ("$1.5", "0.6", "7.5bn", "3.2%"), no full stop after it. */
  private static final Pattern DECIMAL = Pattern.compile("\\d\\.\\d+\\p{L}{0,2}%?$");

  /**
   * A token of abbreviated parts: "W.Va.", "D-W.Va.", "Ph.D." (its body, without the last period).
   */
  private static final Pattern ABBREVIATED_PARTS =
      Pattern.compile("\\p{Lu}\\p{Ll}{0,3}(?:\\.\\p{Lu}\\p{Ll}{0,3})+");

  private static final Pattern INITIALISM = Pattern.compile("\\p{L}(?:\\.\\p{L})+");
  private static final Pattern SHORT_CAPITALISED = Pattern.compile("\\p{Lu}\\p{Ll}{0,4}");
  private static final Pattern QUOTED_QUESTION = Pattern.compile(".*[?!][\"'”’)]*");
  private static final Pattern MISSED_END =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.,'’])(\\p{Ll}{2,}|\\p{N}+)\\.[\"'”’)\\]]*"
              + "(?=\\s+[\"'“‘(\\[]?\\p{Lu})");

  /**
   * A caption or a standfirst run into the next sentence with no full stop ("Fans gather outside
   * the court The judge said…", "…fight like hell But he has always…"): a lower-case word, then a
   * capitalised word that opens sentences followed by a lower-case word; group 1 is the gap.
   */
  private static final Pattern RUN_ON =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}'’-])\\p{Ll}[\\p{Ll}\\p{N}'’]*\\)?(\\s+)"
              + "(?:(?:But|The|He|She|It|They|In|This|His|Her|Their|We|There|Its)\\s"
              + "|A\\s(?!and\\b|or\\b))\\p{Ll}");

  /** A noun that takes a letter as its label: "a type A virus", "vitamin A", "Plan A". */
  private static final Pattern LABELLED =
      Pattern.compile(
          "(?i)\\b(?:types?|vitamins?|plans?|grades?|class|category|group|hepatitis|section|option"
              + "|level|tier|division|series|phase|stage|exhibit|appendix|item|part|annex|gate"
              + "|block|zone|league|formula|model|size|row|terminal|platform|pier|wing)$");

  private BoundaryRepair() {}

  /** Returns the repaired, sorted cut positions for {@code paragraph}. */
  static List<Integer> repair(String paragraph, List<Integer> modelCuts) {
    TreeSet<Integer> cuts = new TreeSet<>();
    for (int cut : modelCuts) {
      String token = lastToken(paragraph, cut);
      boolean attribution =
          QUOTED_QUESTION.matcher(token).matches()
              && ATTRIBUTION.matcher(paragraph.substring(skipSpace(paragraph, cut))).lookingAt();
      if (!attribution && !shouldJoin(token, nextText(paragraph, cut))) {
        cuts.add(backOverSpace(paragraph, cut));
      }
    }
    Matcher m = MISSED_END.matcher(paragraph);
    while (m.find()) {
      if (!NOT_SENTENCE_END_WORDS.contains(m.group(1))) {
        cuts.add(m.end());
      }
    }
    Matcher run = RUN_ON.matcher(paragraph);
    while (run.find()) {
      if (!LABELLED.matcher(paragraph.substring(0, run.start(1))).find()
          || !paragraph.startsWith("A", run.end(1))) {
        cuts.add(run.start(1));
      }
    }
    cuts.removeIf(c -> inBrackets(paragraph, c));
    cuts.remove(0);
    cuts.remove(paragraph.length());
    return List.copyOf(cuts);
  }

  /**
   * True when the cut falls inside a short bracket ("(Update 4:40 p.m. Cairo, 9:40 a.m. ET) Police
   * are firing…", "(Updated 3:52 p.m. (2252 in Cairo)) The envoy said…"): a bracket opened at most
   * {@value #BRACKET} characters before it and closed at most as far after it.
   */
  static boolean inBrackets(String text, int cut) {
    int depth = 0;
    boolean opened = false;
    for (int i = cut - 1; i >= Math.max(0, cut - BRACKET) && !opened; i--) {
      char c = text.charAt(i);
      depth += c == ')' ? 1 : c == '(' ? -1 : 0;
      opened = depth < 0;
    }
    depth = 0;
    for (int i = cut; i < Math.min(text.length(), cut + BRACKET) && opened; i++) {
      char c = text.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth < 0) {
        return true;
      }
    }
    return false;
  }

  private static final int BRACKET = 80;

  /** True when the cut between {@code token} and {@code next} is not a sentence boundary. */
  static boolean shouldJoin(String token, String next) {
    if (next.isEmpty()) {
      return false;
    }
    // the model's full stop was a decimal point ("$1.5 trillion"; the cut falls after the token):
    // a sentence does not end inside a number
    if (DECIMAL.matcher(token).find()) {
      return true;
    }
    char first = next.charAt(0);
    if (Character.isLowerCase(first) && QUOTED_QUESTION.matcher(token).matches()) {
      return true;
    }
    // no sentence opens with a dash: "BERKELEY HEIGHTS, N.J. — President Trump said…" is a
    // dateline and its sentence, not a sentence "— President Trump said…"
    if (first == '—' || first == '–' || next.startsWith("--")) {
      return true;
    }
    // "(R-Ky.)," ends in brackets or a comma after the abbreviation's period
    token = CLOSERS.matcher(token).replaceFirst("");
    if (!token.endsWith(".") || token.length() < 2) {
      return false;
    }
    String whole = token.substring(0, token.length() - 1);
    // the last part of a hyphenated token: "post-Sept." is "Sept.", "R-Ky." is "Ky."
    String body = whole.substring(whole.lastIndexOf('-') + 1);
    if (body.isEmpty()) {
      return false;
    }
    String lower = body.toLowerCase(Locale.ROOT);
    if (TITLES.contains(lower) || ALWAYS_JOIN.contains(lower)) {
      return true;
    }
    if ((MONTHS.contains(lower) || BEFORE_NUMBER.contains(lower)) && Character.isDigit(first)) {
      return true;
    }
    if (!looksAbbreviated(body) && !looksAbbreviated(whole)) {
      return false;
    }
    if (Character.isLowerCase(first) || Character.isDigit(first) || ",;:)".indexOf(first) >= 0) {
      return true;
    }
    if (INITIALISM.matcher(whole).matches()
        && BoundaryWords.OWNED_BY_INITIALISM.contains(firstWord(next).toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (body.length() == 1 && Character.isUpperCase(body.charAt(0))) {
      return Character.isUpperCase(first);
    }
    boolean clockTime = lower.equals("a.m") || lower.equals("p.m");
    return clockTime
        && BoundaryWords.TIME_FOLLOWERS.contains(firstWord(next).toLowerCase(Locale.ROOT));
  }

  private static boolean looksAbbreviated(String body) {
    return INITIALISM.matcher(body).matches()
        || ABBREVIATED_PARTS.matcher(body).matches()
        || SHORT_CAPITALISED.matcher(body).matches()
        || ABBREVIATED_WORDS.contains(body);
  }

  /** The whitespace-delimited token ending at {@code cut}, without opening brackets or quotes. */
  static String lastToken(String text, int cut) {
    int end = backOverSpace(text, cut);
    int start = end;
    while (start > 0 && !OpenNlpSentenceSplitter.isSpace(text.charAt(start - 1))) {
      start--;
    }
    while (start < end && "([\"'“‘".indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    return text.substring(start, end);
  }

  private static int skipSpace(String text, int cut) {
    int i = cut;
    while (i < text.length() && OpenNlpSentenceSplitter.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String nextText(String text, int cut) {
    int i = cut;
    while (i < text.length() && OpenNlpSentenceSplitter.isSpace(text.charAt(i))) {
      i++;
    }
    return text.substring(i, Math.min(text.length(), i + 24));
  }

  private static String firstWord(String text) {
    int i = 0;
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return text.substring(0, i);
  }

  private static int backOverSpace(String text, int pos) {
    while (pos > 0 && OpenNlpSentenceSplitter.isSpace(text.charAt(pos - 1))) {
      pos--;
    }
    return pos;
  }
}
