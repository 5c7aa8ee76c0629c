package dev.storyline.brief.text;

/**
 * Whether a sentence needs the one before it: a pronoun or a connective that points back, a verb or
 * a time left to the sentence before, a shell noun for what it told, a list that only the sentences
 * after give ({@link StorySentence#opensPointingBack}).
 */
final class PointingBack {
  private PointingBack() {}

  private static final java.util.regex.Pattern ANAPHORIC =
      java.util.regex.Pattern.compile(
          "^(?:He|She|They|It|This|That|These|Those|His|Her|Their|Its|Such|Both|As a result"
              + "|In response|In turn|Then|Thus|So|Because of this|But|And|Or|Yet|Also|However"
              + "|Instead|Meanwhile|Still|Nevertheless|Nonetheless|Given that(?=,)|Shortly thereafter"
              + "|Thereafter|Afterwards|Moreover|Furthermore|Likewise|Similarly|Consequently)\\b"
              + "|^[\"“]?\\p{Ll}"
              // "One came when…" (one of what the sentence before listed), "As he acknowledged…"
              + "|^One\\s+(?:came|comes|was|is|has|had|were|are|did|does|will|would|could|can|may)\\b"
              + "|^As (?:he|she|they|it|this|that)\\b"
              // an occasion only the sentence before names: "…bore the brunt on that occasion"
              + "|\\b(?:on|at|since|after|before) that (?:occasion|day|night)\\b"
              // a shell noun or a role for what the sentence before told: "The assassination also
              // darkened…", "The move comes as…", "The aide also noted…"
              + "|^The (?:move|decision|step|announcement|statement|comments?|remarks?|incident"
              + "|episode|development|news|assassination|killing|shooting|aide|actor|actress"
              + "|singer|spokes(?:man|woman|person)) (?:\\p{Ll}+ )?(?:also|too)\\b"
              + "|^The move (?:comes|came)\\b|^At (?:the very )?least,");

  /** A list only the sentences after give: "The president spoke of three specific steps." */
  private static final java.util.regex.Pattern LIST_AHEAD =
      java.util.regex.Pattern.compile(
          "\\b(?:two|three|four|five|several) (?:\\p{Ll}+ )?(?:steps|points|things|reasons|ways"
              + "|priorities|options|measures|lessons|goals|changes)[.:]$");

  /**
   * A word that only the sentence before quotes: "…for not using the term" — unless the quotation
   * stands just before it ("…“radical Islam” because the term grants them…", {@link #QUOTED_JUST}).
   */
  private static final java.util.regex.Pattern THE_TERM =
      java.util.regex.Pattern.compile(
          "\\bthe (?:term|phrase|word|label|expression)\\b(?!\\s*[“\"‘'(]|\\s+(?:of|for)\\b)");

  /** A closing quotation mark at most two words before the end. */
  private static final java.util.regex.Pattern QUOTED_JUST =
      java.util.regex.Pattern.compile("[”\"’](?: \\S{1,20}){0,2} $");

  /**
   * True when the text opens with a pronoun or a connective that points back to a sentence before
   * it ("His lawyers said…", "But the tests…"), or in lower case: it does not read alone.
   */
  static boolean pointsBack(String text) {
    String t = text.strip();
    if (ANAPHORIC.matcher(t).find()
        || LIST_AHEAD.matcher(t).region(Math.max(0, t.length() - 80), t.length()).find()) {
      return true;
    }
    // two steps, not one pattern: a look-behind tried at every position costs 60 µs a sentence
    java.util.regex.Matcher m = THE_TERM.matcher(t);
    while (m.find()) {
      if (!QUOTED_JUST.matcher(t.substring(Math.max(0, m.start() - 45), m.start())).find()) {
        return true;
      }
    }
    return false;
  }

  /** Quotation marks and spaces before a sentence's first word ("“", "‘", "`"). */
  private static final java.util.regex.Pattern OPENING_MARKS =
      java.util.regex.Pattern.compile("^[\"“‘'`\\s]+");

  /**
   * "It" standing for what follows it, not for something before: "It is true that…", "It's time
   * to…", "It was not clear whether…".
   */
  private static final java.util.regex.Pattern EXTRAPOSED_IT =
      java.util.regex.Pattern.compile(
          "^It(?:'s|’s| is| was| will be| would be| has been| had been)"
              + "(?: (?:not|so|very|too|\\w+ly))? (?!going\\b)\\w+"
              + " (?:that|to|for|whether|how|why|when|if)\\b");

  /**
   * True when the text, inside its opening quotation marks too, opens with a pronoun or a
   * connective that points back ({@link #pointsBack}): "“It was the best shot,” said…", "“They are
   * scared,” she told…". A reader of the quotation alone does not know what "it" or "they" is. "It"
   * that stands for what follows ("“It is clear that…”") reads alone.
   */
  static boolean opens(String text) {
    String t = OPENING_MARKS.matcher(text.strip()).replaceFirst("");
    return (pointsBack(t) && !EXTRAPOSED_IT.matcher(t).find())
        || pronounAfterOpening(t)
        || ELLIPTIC_END.matcher(t).find()
        || SAID_THIS.matcher(t).find();
  }

  /**
   * "this" or "that" as the subject of what is said: "The probe said this was not the case." (what
   * "this" is was said before; "said that the pier was safe" is a clause, not a pronoun);
   * "…appeared to do just that".
   */
  private static final java.util.regex.Pattern SAID_THIS =
      java.util.regex.Pattern.compile(
          "\\b(?:said|says|say|argued|insisted|added|claimed|denied|admitted|noted|stressed)"
              + "\\s+(?:this|that)\\s+(?:was|is|were|are|would|will|had|has|could|might)\\b"
              + "|\\b(?:do|did|does|doing)\\s+(?:just|exactly|precisely)\\s+that\\b"
              // "that" standing for a thing the sentence before named: "Experts fear that or
              // another strain could…" ("fear that another strain…" is a clause, reads alone)
              + "|\\b(?:this|that) or (?:another|any other|a similar|some other)\\b"
              // a time only the sentence before gives: "At the time, doctors told…", "Twitter
              // at the time said…" ("chief executive at the time" is a role's date, reads alone)
              + "|^At the time\\b|,\\s*at the time,|\\bat the time\\s+(?:said|says|told|wrote|was|were)\\b");

  /**
   * A clause cut short at its end, its verb left to the sentence before: "Mr Bush insisted it is.",
   * "She said they did."
   */
  private static final java.util.regex.Pattern ELLIPTIC_END =
      java.util.regex.Pattern.compile(
          "\\b(?:it|he|she|they|we|I|this|that)\\s+(?:is|was|are|were|did|does|do|has|have|had"
              + "|will|would|can|could|should|must)(?:\\s+(?:not|too))?[.!][\"”’']*$");

  /**
   * "it" or "they" as the subject after an opening phrase of time, place or manner and its comma:
   * "Between September 1918 and April 1919, it killed…", "On Wednesday, it completed…", "In 2001,
   * they formed…". The phrase names nothing the pronoun could stand for; "it" standing for what
   * follows ("By Monday, it was clear that…", "On Monday night, it emerged…") is no pointing back.
   */
  private static final java.util.regex.Pattern PRONOUN_AFTER_OPENING =
      java.util.regex.Pattern.compile(
          "^(?:In|On|At|By|For|From|Since|Between|During|After|Before|Within|Over|Under|Until"
              + "|Throughout|Across|Last|This|Earlier|Later)\\b[^,;\"“”]{1,80},\\s*(?:it|they|he|she)\\b(.*)$");

  /** "it emerged…", "it took three years for…", "it remains to be seen": "it" for what follows. */
  private static final java.util.regex.Pattern IT_FOR_WHAT_FOLLOWS =
      java.util.regex.Pattern.compile(
          "^ (?:emerged|emerges|appears|appeared|seems|seemed|remains to be|(?:will |would )?"
              + "(?:take|takes|took) [^,]*\\b(?:to|for)\\b)");

  static boolean pronounAfterOpening(String t) {
    java.util.regex.Matcher m = PRONOUN_AFTER_OPENING.matcher(t);
    if (!m.find()) {
      return false;
    }
    String rest = m.group(1);
    return !EXTRAPOSED_IT.matcher("It" + rest).find() && !IT_FOR_WHAT_FOLLOWS.matcher(rest).find();
  }
}
