package dev.storyline.brief.section;

import dev.storyline.domain.AnalyzedArticle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title that runs its page's standfirst on after the headline, as crawled pages give them ("Cabin
 * crew member taken to hospital after flight Health officials have warned airlines to watch for
 * flu", "CCTV of the harbour wall falling as storm hits CCTV pictures show…"), cut to the headline.
 * The standfirst opens where a capitalised word follows a word of the headline and one of three
 * things shows it is a new sentence: the words from there on are in the article's own text, the
 * word is the title's first word said again, or it is a word that capitalised only opens a sentence
 * ("… Tamiflu and Relenza Is treatment available?"). A title in Title Case, where every word is
 * capitalised, is cut only where its sentence's subject plainly opens ({@link TitleCaseHeads}).
 */
final class Standfirsts {
  /** The fewest and most words a headline cut from a longer title may have. */
  static final int MIN_HEAD = 4;

  static final int MAX_HEAD = 12;

  /** The fewest words of a standfirst after the headline. */
  static final int MIN_TAIL = 6;

  /** The fewest words of a standfirst that opens with the title's first word again. */
  static final int AGAIN_TAIL = 8;

  /** How many words from the cut must run on in the article's text to show it is its sentence. */
  static final int IN_TEXT = 5;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");

  /** Words that, capitalised inside a sentence-case title, can only open a sentence. */
  private static final Set<String> OPENERS =
      Set.of(
          "the", "it", "it's", "it’s", "is", "are", "this", "these", "there", "he", "she", "they",
          "we", "his", "her", "their", "what", "how", "why", "who", "when", "where");

  /**
   * Nouns that open a video's standfirst after a word in lower case ("…captured on security camera
   * Pictures have emerged of…"); after a capitalised word they end a name ("Lumen Pictures").
   */
  private static final Set<String> SHOWN = Set.of("pictures", "footage", "images", "video");

  /** Words a headline does not end with: the cut would fall inside a phrase. */
  static final Set<String> NO_END =
      Set.of(
          "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
          "as", "that", "says", "said", "than", "its", "his", "her", "their", "new", "about",
          "into", "over", "under", "after", "before", "between", "against", "during", "without",
          "through", "like", "our", "your", "my");

  /**
   * Words that end what a standfirst says before the name it repeats: a role ("Energy giant BP
   * has…", "Pop star Ann Lee…") or the verb of its opening ("Analysts expect BP to…").
   */
  private static final Set<String> BEFORE_NAME =
      Set.of(
          "giant",
          "firm",
          "company",
          "group",
          "star",
          "singer",
          "diplomat",
          "leader",
          "minister",
          "president",
          "chief",
          "official",
          "spokesman",
          "spokeswoman",
          "envoy",
          "governor",
          "senator",
          "doctor",
          "lawyer",
          "general",
          "commander",
          "contractor",
          "maker",
          "operator",
          "agency",
          "bank",
          "regulator",
          "boss",
          "executive",
          "activist",
          "claim",
          "claims",
          "expect",
          "expects",
          "say",
          "warn",
          "warns",
          "fear",
          "fears",
          "believe",
          "believes");

  /** Words that open a standfirst's noun phrase before the name it repeats. */
  static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /** What may stand between a headline and its standfirst: spaces and closing quotes. */
  private static final Pattern GAP = Pattern.compile("[\\s'`\"’”]*\\s[\\s'`\"’”]*");

  private Standfirsts() {}

  /**
   * The title's headline when a standfirst runs on after it and the headline is about the article
   * (two words shared with its text: a sidebar's title cut from its standfirst is not); else the
   * title as it is.
   */
  static String headline(String title, AnalyzedArticle article) {
    String head = cut(title, article);
    return head.equals(title) || SidebarTitles.sharesTwoWords(article, head) ? head : title;
  }

  private static String cut(String title, AnalyzedArticle article) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = WORD.matcher(title);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    int n = spans.size();
    if (n < MIN_HEAD + MIN_TAIL) {
      return title;
    }
    List<String> lower = new ArrayList<>();
    spans.forEach(s -> lower.add(title.substring(s[0], s[1]).toLowerCase(Locale.ROOT)));
    if (TitleCaseHeads.titleCase(title, spans)) {
      return TitleCaseHeads.cut(title, spans, lower);
    }
    Set<String> runs = null; // the article's word runs, made only when a cut is in question
    for (int i = MIN_HEAD; i <= Math.min(MAX_HEAD, n - MIN_TAIL); i++) {
      if (!opens(title, spans, lower, i)) {
        continue;
      }
      String word = title.substring(spans.get(i)[0], spans.get(i)[1]);
      boolean afterLower = !Character.isUpperCase(title.codePointAt(spans.get(i - 1)[0]));
      boolean opener =
          (OPENERS.contains(lower.get(i)) || (afterLower && SHOWN.contains(lower.get(i))))
              && !word.equals(word.toUpperCase(Locale.ROOT));
      boolean again =
          afterLower
              && word.length() > 1
              && n - i >= AGAIN_TAIL
              && word.equals(title.substring(spans.get(0)[0], spans.get(0)[1]));
      // the text going on from the title's words across the cut is one sentence, not two
      runs = runs != null ? runs : textRuns(article);
      boolean oneSentence = runs.contains(String.join(" ", lower.subList(i - 2, i + IN_TEXT - 2)));
      boolean inText = runs.contains(String.join(" ", lower.subList(i, i + IN_TEXT)));
      if (opener || (inText && !oneSentence)) {
        return head(title, spans.get(i)[0]);
      }
      if (again && !oneSentence) {
        // the standfirst may open a few words before the name it repeats: "… Energy giant BP has"
        int cut = i;
        for (int j = Math.max(MIN_HEAD, i - 3); j < i; j++) {
          if (opens(title, spans, lower, j)
              && (ARTICLES.contains(lower.get(j)) || BEFORE_NAME.contains(lower.get(i - 1)))) {
            cut = j;
            break;
          }
        }
        return head(title, spans.get(cut)[0]);
      }
    }
    return title;
  }

  /**
   * The title up to where its standfirst opens, its headline's closing quote kept and the
   * standfirst's opening one left out: "Harbour wall repair 'going as planned' The board says…".
   */
  static String head(String title, int standfirst) {
    String head = title.substring(0, standfirst).stripTrailing();
    head = head.replaceAll("\\s+[`“‘]+$", "").replaceAll("(\\S)[`“‘]+$", "$1").stripTrailing();
    // a straight quote mark left unpaired at the end opened the standfirst
    boolean unpaired = head.chars().filter(c -> c == '"').count() % 2 == 1;
    return unpaired && head.endsWith("\"") ? head.substring(0, head.length() - 1).strip() : head;
  }

  /**
   * Whether a sentence may open at word {@code i}: capitalised, after nothing but spaces and
   * closing quotes, and not after a word a headline does not end with.
   */
  static boolean opens(String title, List<int[]> spans, List<String> lower, int i) {
    return Character.isUpperCase(title.codePointAt(spans.get(i)[0]))
        && GAP.matcher(title.substring(spans.get(i - 1)[1], spans.get(i)[0])).matches()
        && !NO_END.contains(lower.get(i - 1));
  }

  /** Every run of {@value #IN_TEXT} words of the article's first sentences, in lower case. */
  private static Set<String> textRuns(AnalyzedArticle article) {
    Set<String> runs = new HashSet<>();
    for (var s : article.sentences().stream().limit(5).toList()) {
      List<String> words = new ArrayList<>();
      Matcher m = WORD.matcher(s.text());
      while (m.find()) {
        words.add(m.group().toLowerCase(Locale.ROOT));
      }
      for (int i = 0; i + IN_TEXT <= words.size(); i++) {
        runs.add(String.join(" ", words.subList(i, i + IN_TEXT)));
      }
    }
    return runs;
  }
}
