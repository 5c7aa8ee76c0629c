package dev.storyline.brief.section;

import dev.storyline.brief.text.Boilerplate;
import dev.storyline.brief.text.CueLexicon;
import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.TextVector;
import dev.storyline.brief.text.Vectorizer;
import dev.storyline.brief.text.WireStamps;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the headline: the source title most central to the story (most similar to the other
 * titles), specific (names, figures), of a sensible length, not a question and free of clickbait,
 * with a trailing " | Outlet" or " - Outlet" and a leading dateline, byline or time stamp removed,
 * and cut where its page's text was run into it at a wire's or a newspaper's stamp. A title that is
 * really page furniture (a photo caption, "Last updated at … Help", a transcript banner) or a title
 * run together with its first paragraph (over {@value #MAX_TITLE_WORDS} words) is no title (a
 * standfirst run on after the headline is cut off, {@link Standfirsts}), nor is one that opens
 * pointing back ("His lawyers…", "But the tests…"); when no article has a real one, the headline is
 * the lead sentence of the most central article that reads as one (whole, on its own: no pronoun or
 * connective pointing back, no first-person chatter, not furniture, not a title run into it). Never
 * a caption, dateline, byline or promo.
 */
public final class HeadlineWriter {
  private static final Pattern SUFFIX =
      Pattern.compile("\\s+(\\||-|–|—|::)\\s+((?:(?!\\s[-|–—:]+\\s).){1,40})$");

  static final int MAX_TITLE_WORDS = 20;
  static final java.util.regex.Pattern ENDS_WELL =
      java.util.regex.Pattern.compile("[.!?][\"”’')]*$");

  /**
   * A page's title run into its first sentence: a capitals-only title ("PLANT MAY YIELD CHEAPER
   * DRUGS Scientists say…") or a two-word name said twice at the start ("Blogger Ann Lee saves boy
   * in Lumen Ann Lee, who runs…").
   */
  static final Pattern GLUED_TITLE =
      Pattern.compile(
          "^(?:\\p{Lu}{2,}\\s+){3}"
              + "|^(?:\\S+\\s+){0,12}?(\\p{Lu}\\p{L}+\\s\\p{Lu}\\p{L}+)\\s(?:\\S+\\s+){1,12}?\\1\\b");

  /**
   * Where a photo caption ends and the lead sentence begins in a title that is both ("Mr Hale was a
   * keen sailor A British man has died in the quake."): a lower-case word (or a figure or a
   * bracket) followed by a capitalised word that opens sentences.
   */
  private static final Pattern CAPTION_GLUE =
      Pattern.compile(
          "(?<=[\\p{Ll}\\d)'’])\\s+(?=(?:A|An|The|This|These|It|He|She|They|There|In|On|At|After"
              + "|Some|Many|More|Most|Thousands|Hundreds|Dozens|Police|Doctors|Officials|Rescuers"
              + "|UK|US|UN)\\s)");

  /** Longest lead sentence taken from a title that carried a caption before it. */
  static final int MAX_LEAD_WORDS = 30;

  private HeadlineWriter() {}

  /**
   * The lead sentence of a title that is a caption glued to it, or the title itself: a caption says
   * what a photo shows, the sentence after it is the news.
   */
  static String unglue(String title) {
    if (!ENDS_WELL.matcher(title).find()) {
      return title;
    }
    List<int[]> cuts = new ArrayList<>();
    Matcher m = CAPTION_GLUE.matcher(title);
    while (m.find()) {
      cuts.add(new int[] {m.start(), m.end()});
    }
    // a caption naming the person the lead names again ("Ann Lee was hurt Ann Lee, 24, …")
    Matcher name = GLUED_TITLE.matcher(title);
    if (name.find() && name.group(1) != null) {
      int at = name.end() - name.group(1).length();
      cuts.add(new int[] {at, at});
    }
    // the lead is the last part: a title may glue a headline, a standfirst and the lead together
    // ("Quake: many feared dead The quake is the worst in 200 years There are reports of …")
    cuts.sort((a, b) -> Integer.compare(b[0], a[0]));
    for (int[] cut : cuts) {
      String caption = title.substring(0, cut[0]).strip();
      String lead = title.substring(cut[1]);
      int words = Vectorizer.words(lead).size();
      if (Vectorizer.words(caption).size() >= 4
          && words >= 8
          && words <= MAX_LEAD_WORDS
          && !caption.matches("(?s).*[.!?;]\\s.*")
          && !caption.matches(
              "(?s).*\\b(?:that|said|says|told|and|or|of|to|the|a|an|from|in|on|at|by|for|with)$")
          && lead.length() < title.length()
          && !StorySentence.pointsBack(lead)
          && !Boilerplate.isFurniture(lead)) {
        return lead;
      }
    }
    return title;
  }

  /** The headline of a story; its articles must not be empty. */
  public static Line write(List<AnalyzedArticle> articles) {
    return write(articles, java.util.Set.of());
  }

  /** The same, never a title of the storyline's {@code sidebars} ({@link SidebarTitles#key}). */
  public static Line write(List<AnalyzedArticle> articles, java.util.Set<String> sidebars) {
    List<String> titles = new ArrayList<>();
    List<Boolean> leads = new ArrayList<>();
    for (AnalyzedArticle a : articles) {
      String cleaned = clean(title(a), a.article().outlet());
      String lead = unglue(cleaned);
      titles.add(lead.equals(cleaned) ? withoutStandfirst(cleaned, a) : lead);
      leads.add(lead.length() < cleaned.length());
    }
    List<TextVector> vectors = vectors(articles, titles);
    double[] centrality = Vectorizer.centrality(vectors);
    double[] scores = new double[articles.size()];
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      boolean sidebar = sidebars.contains(SidebarTitles.key(titles.get(i)));
      scores[i] = sidebar ? 0 : score(articles.get(i), titles.get(i), centrality[i], leads.get(i));
      order.add(i);
    }
    // the best-scored title about its own article (the check reads the article: done in order)
    order.sort((x, y) -> Double.compare(scores[y], scores[x]));
    int best = -1;
    for (int i : order) {
      if (scores[i] > 0 && SidebarTitles.aboutItsArticle(articles.get(i), titles.get(i))) {
        best = i;
        break;
      }
    }
    if (best < 0) {
      return HeadlineFallback.headline(articles, centrality, sidebars);
    }
    return Line.of(titles.get(best), SourceRef.title(articles.get(best).id()));
  }

  /**
   * The article's title without the datelines, bylines and stamps before it and without the page
   * text run into it after a stamp ({@link WireStamps#beforeStamp}).
   */
  static String title(AnalyzedArticle a) {
    return WireStamps.beforeStamp(Boilerplate.stripLead(a.article().title()));
  }

  /** The title without a trailing outlet name; a prefix of the title. */
  static String clean(String title, String outlet) {
    String t = title.strip();
    Matcher m = SUFFIX.matcher(t);
    if (m.find() && m.start() > 0) {
      String suffix = m.group(2).strip();
      boolean isOutlet = suffix.equalsIgnoreCase(outlet);
      boolean looksLikeName = m.group(1).equals("|") || capitalisedWords(suffix) <= 4;
      if (isOutlet || looksLikeName) {
        t = t.substring(0, m.start()).strip();
      }
    }
    return t;
  }

  private static int capitalisedWords(String s) {
    String[] words = s.split("\\s+");
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return Integer.MAX_VALUE;
      }
    }
    return words.length;
  }

  private static List<TextVector> vectors(List<AnalyzedArticle> articles, List<String> titles) {
    int dims = articles.get(0).embedding() == null ? 0 : articles.get(0).embedding().length;
    boolean dense =
        dims > 0
            && articles.stream()
                .allMatch(a -> a.embedding() != null && a.embedding().length == dims);
    if (!dense) {
      return Vectorizer.lexical(titles);
    }
    List<TextVector> out = new ArrayList<>();
    articles.forEach(a -> out.add(new TextVector.Dense(a.embedding())));
    return out;
  }

  private static double score(AnalyzedArticle a, String title, double centrality, boolean lead) {
    int words = Vectorizer.words(title).size();
    if (words == 0
        || words > (lead ? MAX_LEAD_WORDS : MAX_TITLE_WORDS)
        || Boilerplate.isFurniture(title)
        || Boilerplate.addressesReader(title)
        || StorySentence.pointsBack(title)) {
      return 0; // a title addressing its reader is a promo's, a quiz's or a comment's
    }
    double score = 0.2 + centrality;
    score += Math.min(0.3, 0.1 * a.titleEntities().size());
    score += title.matches(".*\\d.*") ? 0.05 : 0;
    score *= words < 4 ? 0.5 : words > 18 && !lead ? 0.7 : 1;
    String lower = title.toLowerCase(Locale.ROOT);
    if (title.endsWith("?") || title.contains("!") || CueLexicon.has(CueLexicon.CLICKBAIT, lower)) {
      score *= 0.1;
    }
    if (title.equals(title.toUpperCase(Locale.ROOT)) && words > 2) {
      score *= 0.3;
    }
    return score;
  }

  /** The article's title as a headline would show it. */
  public static String shown(AnalyzedArticle a) {
    String cleaned = clean(title(a), a.article().outlet());
    String lead = unglue(cleaned);
    return lead.equals(cleaned) ? withoutStandfirst(cleaned, a) : lead;
  }

  /** A wire's dateline ending in a dash: "LUMEN (Reuters) - ", "OSK -- ". */
  private static final Pattern WIRE_DASH = Pattern.compile("(?:--|—|–|-)\\s*$");

  /**
   * The title without a standfirst run on after it ({@link Standfirsts}); a wire's title after its
   * dateline is the story's lead sentence, with no standfirst, and stays whole.
   */
  private static String withoutStandfirst(String title, AnalyzedArticle a) {
    String head = Standfirsts.headline(title, a);
    if (head.equals(title)) {
      return title; // most titles: no cut, no need to read the dateline again
    }
    String raw = a.article().title().strip();
    String afterLead = Boilerplate.stripLead(raw);
    boolean wire =
        afterLead.length() < raw.length()
            && WIRE_DASH
                .matcher(raw.substring(0, raw.length() - afterLead.length()).strip())
                .find();
    return wire ? title : head;
  }

  /** Whether the article's title, as a headline would show it, is about the article. */
  public static boolean titleAboutArticle(AnalyzedArticle a) {
    return SidebarTitles.aboutItsArticle(a, shown(a));
  }
}
