package dev.storyline.brief.text;

/**
 * The second senses of {@link CueLexicon}'s cue words, each a look-around placed after its word (so
 * it runs only where the word matched): "means" and "mark" as nouns, "historic" of a level or a
 * place, "significant" of an amount, "plan" and "project" as nouns, "allowing" as a gerund. A cue
 * word in such a sense is no cue.
 */
final class CueSenses {
  private CueSenses() {}

  /**
   * After "means": it was a noun ("other means", "by economic means", "beyond their means"), not
   * "the deal means that…". A look-behind placed after the word, so it runs only where "means"
   * matched.
   */
  static final String MEANS_NOUN =
      "(?<!\\b(?:the|a|any|other|all|no|by|its|their|his|her|our|some|every|only|peaceful|military"
          + "|legal|democratic|normal|diplomatic|financial|economic|political|lawful|violent)"
          + "\\smeans?)";

  /**
   * After "mark(s)": it was a noun ("missed the mark", "the $1,000 mark", "question marks", "made
   * their mark") or "mark up" or "mark out", not "the vote marks a turn". A look-behind placed
   * after the word, so it runs only where "mark" matched.
   */
  static final String MARK_NOUN =
      "(?<!\\b(?:the|a|its|their|his|her|question|day|dollar|million|billion|highest|lowest|high"
          + "|low|halfway|good|bad|better|worse)\\smarks?)(?<!\\d\\smarks?)(?!\\s(?:up|out)\\b)";

  /** "signal" as a verb or its sense ("signals a shift", "a signal that"), not "signal staff". */
  static final String SIGNAL_VERB =
      "(?=\\s(?:that|a|an|the|its|their|his|her|to|how|what|of|new|further|growing)\\b)";

  /** "since" of a time, not of a cause ("since most production comes from states that…"). */
  private static final String SINCE_A_TIME =
      "(?!\\s(?:most|many|some|it|they|he|she|we|you|there|this|that|these|those|no|not)\\b)";

  /**
   * A first or a size not seen for years: "the first strike at the company since its sale", "the
   * largest privatisation in more than a decade", "No phone recall in the country has been this
   * large".
   */
  static final String NOT_SINCE =
      "(?:the first|(?:larg|bigg|high|low|fast|slow|deep|sharp|steep|strong|weak)est|worst)"
          + "(?: [\\w$%,.-]+){1,6}? (?:since"
          + SINCE_A_TIME
          + "|in (?:more than )?(?:a decade|decades|years|a generation"
          + "|a century|\\w+ years))|no [\\w-]+(?: [\\w-]+){0,5} (?:has|have|had) been this"
          + " (?:large|big|high|low|long|severe|deadly|costly)";

  /** What an event may bring about: "could undermine trust", "would make the loan much harder". */
  static final String CONSEQUENCE =
      "(?:could|would|will|may|might) (?:undermine|threaten|hurt|derail|weaken|jeopardi[sz]e"
          + "|disrupt|deepen|worsen)|(?:could|would|will) make [\\w-]+(?: [\\w-]+){0,4}"
          + " (?:(?:much|far) )?(?:harder|easier|more difficult|impossible)";

  /** "historic" of a level or a place ("historic lows", "the historic center"), not of an event. */
  static final String HISTORIC_PLACE =
      "(?!\\s(?:lows?|highs?|levels?|district|building|site|cent(?:er|re)|downtown|quarter"
          + "|preservation)\\b)";

  /**
   * After "significant(ly)": it measured an amount or a degree ("significant numbers of", "a
   * significant minority", "significantly higher than"), not an importance.
   */
  static final String SIGNIFICANT_AMOUNT =
      "(?!\\s(?:numbers?|amounts?|portions?|minorit(?:y|ies)|majorit(?:y|ies)|percentage|share"
          + "|degree|parts?|quantit(?:y|ies)|more|less|fewer|higher|lower|larger|smaller|greater"
          + "|worse|better|different|differently|over|from|above|below)\\b)";

  /**
   * Before "plan(s) to": the noun ("BP's plan to share", "the plan to"), not "BP plans to sell".
   */
  static final String NOT_A_NOUN =
      "(?<!(?:\\ba|\\bthe|\\bits|\\bhis|\\bher|\\btheir|\\bour|['’]s) plans? to)";

  /**
   * After "project(s)": the verb of a forecast ("NOAA projects that…", "we project a 21 percent
   * rise"), not the noun ("offshore drilling projects", "the project would cost").
   */
  static final String PROJECT_VERB = "(?=\\s+(?:that|a|an|\\$?\\d+)\\b)";

  /**
   * After "allowing": a gerund or a progressive ("criticised for allowing bad debt to linger", "by
   * allowing them to enter", "the airline is allowing travellers to rebook"), not a consequence
   * ("…passed the framework, allowing the Senate to move to a final vote").
   */
  static final String ALLOWING_GERUND =
      "(?<!\\b(?:by|of|for|in|on|from|without|against|than|not|is|are|was|were|been|be)"
          + "\\sallowing)";

  /** Significance said outright: "shows how deep…", "underscoring the limits…", "a sign that…". */
  static final String SHOWS =
      "(?:shows?|showing) how|underscor(?:es?|ed|ing)|(?:a|the latest) sign that";
}
