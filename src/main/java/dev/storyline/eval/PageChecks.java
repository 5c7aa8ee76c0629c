package dev.storyline.eval;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The per-section checks of {@code eval pages}, each a plain rule a reader would agree with:
 *
 * <ul>
 *   <li><b>off topic</b>: the line is far from the story in meaning (cosine of its embedding, the
 *       mean of its sentences' for a line citing several, to the story's centroid of title + lead
 *       embeddings below {@value #OFF_TOPIC_COSINE}) and names none of the story's core words (the
 *       content words most of its articles' titles and leads use);
 *   <li><b>repeated</b>: the sentence (same source sentence, or the same words) was shown earlier
 *       on the page;
 *   <li><b>boilerplate</b>: a dateline, photo credit, promo, transcript speaker tag, reader comment
 *       or Penn Treebank code ({@link #BOILERPLATE});
 *   <li><b>cut</b>: starts in lower case, ends without a full stop (or in a comma), or has an odd
 *       number of quote marks;
 *   <li><b>needs context</b>: opens with a pronoun or connective that points at the sentence before
 *       ("He", "But", "This"), or is a bare quote with no speaker, unless that sentence of its
 *       article stands just before it in the section;
 *   <li>timeline: <b>after story</b> (dated after the story's last article), <b>outside saga</b>
 *       (from an article whose gold topic or event is not the story's) and <b>same date</b> (a
 *       background fact of a date an entry above it has, half or more of the shorter one's content
 *       words in the other: the same event told twice, shown in the "repeated" column);
 *   <li>headline: <b>bad</b> (caption, dateline, byline, promo, transcript banner) and
 *       <b>shared</b> (the same headline on another story's page).
 * </ul>
 */
final class PageChecks {
  static final double OFF_TOPIC_COSINE = 0.25;

  static final Pattern BOILERPLATE =
      Pattern.compile(
          "-[LR][RSC]B-|``|''|\\s(?:n't|'s|'re|'ve|'ll|'m|'d)\\b|\\s[,.;:!?]"
              + "|^\\p{Lu}[\\p{L}\\d .,'-]{1,40}\\((?:AP|Reuters|AFP|CNN|UPI|Bloomberg)\\)"
              + "|^\\p{Lu}{2,}[\\p{Lu} ,.'-]*\\s?(?:—|–|--|-)\\s"
              + "|^(?:\\p{Lu}[\\p{Lu}.'-]+ ?){1,4}(?:, [\\p{Lu} ,'-]+)?\\s?:"
              + "|(?i:\\b(?:photo|image|picture)s?\\s*(?::|by|credit)|getty images|\\(ap photo"
              + "|\\bphotograph:|\\bclick here|\\bsee here|\\bread more|\\bsign up\\b"
              + "|\\bfollow (?:us|him|her|@)|\\bsubscribe\\b|\\bwatch (?:the video|live|our)"
              + "|\\blike us on|\\bshare this|\\bfor more on\\b|\\brelated:|\\bcheck out"
              + "|\\bget the latest|\\bupdates? (?:here|below)|\\blast updated\\b|\\bposted by\\b"
              + "|\\breport abuse|\\bcomments? (?:are|have been) closed|\\brush transcript"
              + "|\\bdownload pdf|\\baired\\b.{0,30}\\d{2}:\\d{2})");

  private static final Pattern CONTEXT =
      Pattern.compile(
          "^[\"“‘']?(?:He|She|They|It|His|Her|Their|Its|This|That|These|Those|Such|But|And|Or"
              + "|So|Yet|Also|Still|Then|However|Instead|Meanwhile"
              // "There" as a place ("There, at the wellhead, sits…"), not the existential "there"
              // that opens a sentence which reads alone ("There is no death penalty in Haiti.")
              + "|There(?!(?:'s|’s)\\b| (?:is|are|was|were|has|have|had|will|would|could|may|might"
              + "|must|should|can|seems?|seemed|appears?|appeared|remains?|remained|exists?|existed"
              + "|also|still|now|already|even|never|no longer)\\b))\\b");
  private static final Pattern QUOTE_ONLY = Pattern.compile("^[\"“][^\"“”]+[\"”]\\W*$");
  private static final Pattern ENDS_WELL = Pattern.compile("[.!?…][\"”’')\\]]*$|[\"”]$");
  private static final Set<String> STOP =
      Set.of(
          "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "from",
          "by", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its",
          "his", "her", "their", "they", "he", "she", "we", "that", "this", "these", "those",
          "said", "says", "will", "would", "could", "not", "after", "over", "new", "more", "than",
          "who", "what", "which", "when", "about", "into", "up", "out", "s", "i", "you", "all",
          "one", "two", "also", "can", "may", "just", "there", "some", "no", "so", "if", "year",
          "years", "first", "last", "us");

  /** Counts of one section over all pages. */
  static final class Counts {
    int lines;
    int offTopic;
    int repeated;
    int boilerplate;
    int cut;
    int context;
    int after;
    int outside;
    int sameDate;
    final List<String> examples = new ArrayList<>();

    void example(String kind, String text) {
      if (examples.size() < 400) {
        examples.add(kind + ": " + text);
      }
    }
  }

  private final Map<String, Counts> sections = new LinkedHashMap<>();
  private final Map<String, Integer> headlines = new HashMap<>();
  private int pages;
  private int badHeadlines;

  /** The site's own lines the pages show ({@link PageSiteLines}). */
  final PageSiteLines siteLines = new PageSiteLines();

  PageChecks() {
    for (String s : List.of("headline", "why", "key_points", "summary", "explainer", "sides")) {
      sections.put(s, new Counts());
    }
    sections.put("forecast", new Counts());
    sections.put("timeline", new Counts());
  }

  Map<String, Counts> sections() {
    return sections;
  }

  int pages() {
    return pages;
  }

  int badHeadlines() {
    return badHeadlines;
  }

  /** Headlines that stand on more than one page, counted once per extra page. */
  int sharedHeadlines() {
    return headlines.values().stream().mapToInt(n -> n - 1).sum();
  }

  /** Checks one page. */
  void check(PagesEval.Page page, Map<String, String> gold, Map<String, AnalyzedArticle> byId) {
    pages++;
    siteLines.startPage();
    PageStory story = PageStory.of(page.articles(), gold);
    Brief b = page.brief();
    Set<SourceRef> shown = new HashSet<>();
    Set<String> texts = new HashSet<>();
    String headline = b.headline().text();
    headlines.merge(norm(headline), 1, Integer::sum);
    boolean bad = BOILERPLATE.matcher(headline).find() || headline.isBlank();
    badHeadlines += bad ? 1 : 0;
    lines("headline", List.of(b.headline()), story, byId, shown, texts);
    lines("why", b.whyItMatters(), story, byId, shown, texts);
    lines("key_points", b.keyPoints(), story, byId, shown, texts);
    lines("summary", b.summary(), story, byId, shown, texts);
    // glosses are fragments describing an actor, shown on purpose beside the sentences: not repeats
    List<Line> explainer = new ArrayList<>(b.explainer().lines());
    lines("explainer", explainer, story, byId, shown, texts);
    Set<SourceRef> glossRefs = new HashSet<>();
    List<Line> glosses = b.explainer().glosses().stream().map(Brief.Gloss::line).toList();
    lines("explainer", glosses, story, byId, glossRefs, new HashSet<>());
    List<Line> sides = new ArrayList<>();
    b.sides().forEach(c -> c.stances().forEach(s -> sides.add(s.line())));
    lines("sides", sides, story, byId, shown, texts);
    lines(
        "forecast",
        b.forecast().items().stream().map(Brief.ForecastItem::line).toList(),
        story,
        byId,
        shown,
        texts);
    PageTimelineChecks.check(sections.get("timeline"), siteLines, b, story, gold);
    siteLines.endPage();
  }

  /**
   * True when {@code l} is the sentence after the one {@code before} ends with in the same article:
   * what it points back to stands just before it on the page.
   */
  static boolean follows(Line l, Line before) {
    SourceRef last = before.refs().get(before.refs().size() - 1);
    SourceRef first = l.refs().get(0);
    return first.articleId().equals(last.articleId())
        && last.sentence() >= 0
        && first.sentence() == last.sentence() + 1;
  }

  private void lines(
      String section,
      List<Line> lines,
      PageStory story,
      Map<String, AnalyzedArticle> byId,
      Set<SourceRef> shown,
      Set<String> texts) {
    Counts c = sections.get(section);
    Line before = null;
    for (Line l : lines) {
      boolean follows = before != null && follows(l, before);
      before = l;
      c.lines++;
      String t = l.text();
      siteLines.line(t);
      boolean again = !shown.add(l.refs().get(0)) | !texts.add(norm(t));
      if (again) {
        c.repeated++;
        c.example("repeated", t);
      }
      if (BOILERPLATE.matcher(t).find()) {
        c.boilerplate++;
        c.example("boilerplate", t);
      }
      if (!section.equals("headline") && cut(t)) {
        c.cut++;
        c.example("cut", t);
      }
      if (!section.equals("headline") && !follows && needsContext(t)) {
        c.context++;
        c.example("context", t);
      }
      if (!section.equals("headline") && story.offTopic(l, t, byId)) {
        c.offTopic++;
        c.example("off-topic", story.gold() + " | " + t);
      }
    }
  }

  static boolean cut(String t) {
    String s = t.strip();
    if (s.isEmpty()) {
      return true;
    }
    int first = s.codePointAt(0);
    int i = 0;
    while (i < s.length() && "\"“‘'(".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    boolean lower = i < s.length() && Character.isLowerCase(s.charAt(i));
    long quotes = s.chars().filter(ch -> ch == '"').count();
    long opens = s.chars().filter(ch -> ch == '(').count();
    long closes = s.chars().filter(ch -> ch == ')').count();
    return lower
        || first == ','
        || s.endsWith(",")
        || opens != closes
        || !ENDS_WELL.matcher(s).find()
        || quotes % 2 == 1;
  }

  static boolean needsContext(String t) {
    String s = t.strip();
    return CONTEXT.matcher(s).find() || QUOTE_ONLY.matcher(s).matches();
  }

  static String norm(String t) {
    return t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  static List<String> words(String t) {
    List<String> out = new ArrayList<>();
    for (String w : norm(t).split(" ")) {
      if (w.length() > 2 && !STOP.contains(w) && !w.chars().allMatch(Character::isDigit)) {
        out.add(w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w);
      }
    }
    return out;
  }
}
