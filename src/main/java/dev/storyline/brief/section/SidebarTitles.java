package dev.storyline.brief.section;

import dev.storyline.brief.text.Vectorizer;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.words.English;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Titles that are not their article's: a site's sidebar or promo shown as the page's title. */
public final class SidebarTitles {
  private SidebarTitles() {}

  /**
   * A title as a storyline compares it with the titles of its other stories: lower case, spaces
   * collapsed, without the end's punctuation.
   */
  public static String key(String title) {
    return title
        .toLowerCase(java.util.Locale.ROOT)
        .replaceAll("\\s+", " ")
        .replaceAll("[\\s.!?,;:]+$", "")
        .strip();
  }

  /**
   * The keys of the titles that head articles of {@code atLeast} stories or more: given title and
   * story of each article, in any order.
   */
  public static Set<String> repeated(List<String[]> titleAndStory, int atLeast) {
    return repeatedKeys(
        titleAndStory.stream()
            .filter(ts -> !ts[0].isBlank())
            .map(ts -> new String[] {key(ts[0]), ts[1]})
            .toList(),
        atLeast);
  }

  /** As {@link #repeated}, given each title's {@link #key} (null for none) and story. */
  public static Set<String> repeatedKeys(List<String[]> keyAndStory, int atLeast) {
    java.util.Map<String, Set<String>> stories = new java.util.HashMap<>();
    for (String[] ks : keyAndStory) {
      if (ks[0] != null) {
        stories.computeIfAbsent(ks[0], k -> new HashSet<>()).add(ks[1]);
      }
    }
    Set<String> out = new HashSet<>();
    stories.forEach(
        (k, v) -> {
          if (v.size() >= atLeast) {
            out.add(k);
          }
        });
    return out;
  }

  /**
   * False for a title of three content words or more that shares none (stemmed) with the first
   * {@value #BODY_SENTENCES} sentences of its article (of {@value #MIN_BODY} sentences at least),
   * or only one when it has {@value #LONG} or more: a site's sidebar or promo given as the title of
   * every page it sat on ("2 men charged in death of Chicago teen…" over an Egypt report).
   */
  static boolean aboutItsArticle(AnalyzedArticle a, String title) {
    List<String> terms = Vectorizer.terms(title);
    if (terms.size() < 3 || a.sentences().size() < MIN_BODY) {
      return true;
    }
    long own = terms.stream().map(English::stem).distinct().count();
    return shared(a, terms) >= (own >= LONG ? 2 : 1);
  }

  /**
   * Whether a headline cut from a longer title shares two content words (stemmed) with the first
   * {@value #BODY_SENTENCES} sentences of its article; true for a body under {@value #MIN_BODY}
   * sentences.
   */
  static boolean sharesTwoWords(AnalyzedArticle a, String head) {
    return a.sentences().size() < MIN_BODY || shared(a, Vectorizer.terms(head)) >= 2;
  }

  /** How many distinct stems of {@code terms} the first sentences of the article use. */
  private static long shared(AnalyzedArticle a, List<String> terms) {
    Set<String> body = new HashSet<>();
    a.sentences().stream()
        .limit(BODY_SENTENCES)
        .forEach(s -> Vectorizer.terms(s.text()).forEach(w -> body.add(English.stem(w))));
    return terms.stream().map(English::stem).distinct().filter(body::contains).count();
  }

  static final int BODY_SENTENCES = 12;

  /** Distinct content words from which a title must share two. */
  static final int LONG = 6;

  /** Shorter bodies (a brief, an excerpt) may well share no word with their title. */
  static final int MIN_BODY = 5;
}
