package dev.storyline.brief.text;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;

/**
 * One body sentence of the story, ready to be scored and published.
 *
 * @param article the article it belongs to
 * @param order position of the article in the story (oldest first)
 * @param sentence the analysed sentence
 * @param text the publishable text (trimmed source sentence)
 * @param words number of words of {@code text}
 * @param vector unit vector for similarity
 * @param centrality similarity to the rest of the story, 0..1
 */
public record StorySentence(
    AnalyzedArticle article,
    int order,
    AnalyzedSentence sentence,
    String text,
    int words,
    TextVector vector,
    double centrality) {

  private static final java.util.regex.Pattern TRUNCATED =
      java.util.regex.Pattern.compile("(?:\\.\\.\\.|…)[\"”’']?\\s*$");
  private static final java.util.regex.Pattern ENDS_WELL =
      java.util.regex.Pattern.compile("[.!?][\"”’')\\]]*$");

  /** A quotation in straight or curly marks. */
  private static final java.util.regex.Pattern QUOTED =
      java.util.regex.Pattern.compile("\"[^\"]+\"|“[^”]+”");

  /**
   * True when the sentence reads on its own, as a top section needs it: no pronoun or phrase
   * pointing back (inside an opening quotation mark too: "“It was…,” she said"), not a quote whose
   * speaker is in another sentence, not first-person words with no speaker (a quote's later
   * paragraph or a reader's account, {@link Boilerplate#chatter}), a whole sentence (ends with a
   * full stop, quotes and brackets balanced).
   */
  public boolean readsAlone() {
    String t = text.strip();
    if (standalone() < 1
        || opensPointingBack(t)
        || !ENDS_WELL.matcher(t).find()
        || Boilerplate.chatter(t)) {
      return false;
    }
    if (!QuoteMarks.balanced(t) || !bracketsBalanced(t)) {
      return false;
    }
    boolean opensQuoted = t.startsWith("\"") || t.startsWith("“");
    return (!opensQuoted || speakerNamed(t)) && !unnamedPerson(sentence);
  }

  /**
   * True when the sentence reads right after {@code before}, the one before it in its article,
   * though maybe not alone: a whole sentence (not cut off, quotes and brackets balanced, no
   * first-person chatter) that may point back to that one ("It raises pay by 6 percent."); one that
   * speaks of "he", "she", "him", "his" or "her" outside a quotation needs a name that may be that
   * person in one of the two ("Ada Brent won the vote." then "She takes office in May."). Unless
   * {@code before} is the article's first sentence, the two stand in one paragraph.
   */
  public boolean readsAfter(StorySentence before) {
    String t = text.strip();
    if (cutOff(t) || Boilerplate.chatter(t) || !QuoteMarks.balanced(t) || !bracketsBalanced(t)) {
      return false;
    }
    if (before.index() > 0 && !oneParagraph(before.sentence, sentence, article.article().text())) {
      return false; // "It…" opening a paragraph may mean what the paragraphs before are about
    }
    return !THIRD_PERSON.matcher(QUOTED.matcher(t).replaceAll(" ")).find()
        || sentence.entities().stream().anyMatch(StorySentence::mayBePerson)
        || before.sentence.entities().stream().anyMatch(StorySentence::mayBePerson);
  }

  /**
   * The sentence as published with its named entities blanked out, so that names such as "Rovers
   * Supporters' Trust" or "Fair Price Corvane" carry no stance.
   */
  public String withoutNames() {
    String raw = sentence.text();
    StringBuilder b = new StringBuilder(raw);
    for (dev.storyline.domain.EntityMention m : sentence.entities()) {
      if (m.start() >= 0 && m.end() <= raw.length() && m.start() < m.end()) {
        for (int i = m.start(); i < m.end(); i++) {
          b.setCharAt(i, ' ');
        }
      }
    }
    return b.toString();
  }

  /**
   * The text as cue words are read in it: a name of two words or more opening it is blanked ("Mark
   * Hawley, the engineer, found…", "Will Brent said…"), as {@link CueLexicon#score} blanks the
   * capitalised words inside a sentence.
   */
  public String cueText() {
    for (dev.storyline.domain.EntityMention m : sentence.entities()) {
      if (m.text().indexOf(' ') > 0 && text.startsWith(m.text())) {
        return "_" + text.substring(m.text().length());
      }
    }
    return text;
  }

  /** True when nothing but spaces and single line breaks stands between the two sentences. */
  private static boolean oneParagraph(AnalyzedSentence a, AnalyzedSentence b, String body) {
    return a.end() <= b.start()
        && b.start() <= body.length()
        && !body.substring(a.end(), b.start()).contains("\n\n");
  }

  /** A person spoken of by a pronoun. */
  private static final java.util.regex.Pattern THIRD_PERSON =
      java.util.regex.Pattern.compile("\\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er)\\b");

  /**
   * "he" or "she" as the subject of the sentence's main clause: after an opening phrase and its
   * comma ("Speaking at the assembly, he said") or after a quotation ("“We will do it,” she told").
   */
  private static final java.util.regex.Pattern SUBJECT_PRONOUN =
      java.util.regex.Pattern.compile(
          "^\\s*(?:(?<quote>[\"“][^\"”]*[\"”])\\s*,?|[^,;\"“”]{1,100},)\\s*(?:he|she)\\b");

  /**
   * True when the sentence's subject is "he" or "she", or it speaks of "him", and it names no
   * person before it ("Speaking at the assembly, he said…", "“We will do it,” he told Fox News", "A
   * statement from him was read out…"): the person is named in a sentence before, which a reader of
   * this one alone does not see. "The president said he…" has its antecedent in the sentence and
   * reads alone.
   */
  static boolean unnamedPerson(AnalyzedSentence sentence) {
    java.util.regex.Matcher him = HIM.matcher(sentence.text());
    if (him.find() && !personBefore(sentence, him.start())) {
      return true; // "A statement from him was read out…": who he is was said before
    }
    java.util.regex.Matcher m = SUBJECT_PRONOUN.matcher(sentence.text());
    if (!m.find()) {
      return false;
    }
    int at = m.end();
    // a person named inside the quotation is talked about, not the "he" who says it
    int quoteEnd = m.end("quote") < 0 ? 0 : m.end("quote");
    return sentence.entities().stream()
        .noneMatch(e -> mayBePerson(e) && e.start() >= quoteEnd && e.start() < at);
  }

  /**
   * A name that may be the person "he", "she" or "him" stands for: one the recogniser typed as a
   * person, or one it could not type. Its rules give a name a person's kind only with a title or a
   * reporting verb beside it, so most people are untyped ("When Ada Brent wants to reach the pier,
   * she takes the ferry", "Ivo Sand defeated an effort to remove him"); organisations and places
   * are typed by their words.
   */
  private static boolean mayBePerson(dev.storyline.domain.EntityMention e) {
    return e.kind() == dev.storyline.domain.EntityKind.PERSON
        || e.kind() == dev.storyline.domain.EntityKind.OTHER;
  }

  /** "him" as the object of a verb or a preposition. */
  private static final java.util.regex.Pattern HIM = java.util.regex.Pattern.compile("\\bhim\\b");

  private static boolean personBefore(AnalyzedSentence sentence, int at) {
    return sentence.entities().stream().anyMatch(e -> mayBePerson(e) && e.start() < at);
  }

  /**
   * True when the text opens with a pronoun or a connective that points back to a sentence before
   * it ("His lawyers said…", "But the tests…"), or in lower case: it does not read alone ({@link
   * PointingBack#pointsBack}).
   */
  public static boolean pointsBack(String text) {
    return PointingBack.pointsBack(text);
  }

  /** True when the text needs the sentence before it ({@link PointingBack#opens}). */
  public static boolean opensPointingBack(String text) {
    return PointingBack.opens(text);
  }

  /** Every bracket closes one opened before it ("(BP." or "N) and its partners" do not). */
  static boolean bracketsBalanced(String t) {
    int depth = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  /**
   * A sentence cut at its start ("added Lauten, who works for…": it opens in lower case) or with no
   * end (a caption or a headline run into the text: "President Obama says battle to stop leak close
   * to an end").
   */
  public static boolean cutOff(String text) {
    String t = text.strip();
    return !t.isEmpty()
        && (Character.isLowerCase(t.codePointAt(0)) || !ENDS_WELL.matcher(t).find());
  }

  /** A reporting or writing verb outside the quotation marks ("…," Smith said). */
  private static boolean speakerNamed(String t) {
    String outside = QUOTED.matcher(t).replaceAll(" ");
    return CueLexicon.has(CueLexicon.REPORTING, outside)
        || CueLexicon.has(CueLexicon.WRITING, outside);
  }

  public int index() {
    return sentence.index();
  }

  public SourceRef ref() {
    return new SourceRef(article.id(), sentence.index());
  }

  public Line line() {
    return Line.of(text, ref());
  }

  /** True when the text ends in an ellipsis: an excerpt cut off mid-sentence. */
  public boolean truncated() {
    return TRUNCATED.matcher(text).find();
  }

  /**
   * 1 for a sentence that reads on its own; less for one that opens with a pronoun or a phrase
   * pointing back ("He added", "This means", "As a result") and so needs the sentence before it.
   */
  public double standalone() {
    return PointingBack.pointsBack(text) ? 0.3 : 1;
  }

  /** True for the first three sentences of an article, where news writing puts the facts. */
  public boolean lead() {
    return sentence.index() < 3;
  }

  /** Sentence weight for lead position: 1.25 for the first sentence, down to 1.0 after five. */
  public double leadWeight() {
    return 1 + 0.25 * Math.max(0, 5 - sentence.index()) / 5.0;
  }
}
